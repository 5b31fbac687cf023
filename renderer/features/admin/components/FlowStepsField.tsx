// The approval steps of the flow form, in order: each decided by the requester's manager, named
// people (by email), a group's members or the admins; steps can be added (up to 5) and removed.
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { Field } from "./FlowField.tsx";
import { emptyStep, type StepDraft } from "../flow-draft.ts";
import type { GroupSummary } from "../group-api.ts";
import { flowFormMessages as m } from "../request-flow-form-messages.ts";
import { requestFlowMessages } from "../request-flow-messages.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const kinds = ["manager", "users", "group", "admins"] as const;
const maxSteps = 5;

export function FlowStepsField(props: {
  steps: StepDraft[];
  groups: GroupSummary[];
  problemOf: (field: string) => string | undefined;
  onChange: (steps: StepDraft[]) => void;
}) {
  const intl = useIntl();
  const change = (index: number, step: Partial<StepDraft>) =>
    props.onChange(props.steps.map((old, at) => (at === index ? { ...old, ...step } : old)));
  return (
    <fieldset className="flow-steps">
      <legend className="field-label">
        <FormattedMessage {...m.steps} />
      </legend>
      <ol className="flow-step-list">
        {props.steps.map((step, index) => {
          const number = index + 1;
          const problem = props.problemOf(`step-${index}`);
          return (
            <li key={index} className="flow-step">
              <Field
                label={<FormattedMessage {...m.step} values={{ number }} />}
                problem={undefined}
              >
                {(id) => (
                  <select
                    id={id}
                    className="field-input"
                    value={step.approver}
                    onChange={(event) =>
                      change(index, { approver: event.target.value as StepDraft["approver"] })
                    }
                  >
                    {kinds.map((approver) => (
                      <option key={approver} value={approver}>
                        {intl.formatMessage(requestFlowMessages.stepKind, { approver })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {step.approver === "group" && (
                <Field
                  label={<FormattedMessage {...m.stepGroup} values={{ number }} />}
                  problem={undefined}
                >
                  {(id) => (
                    <select
                      id={id}
                      className="field-input"
                      value={step.groupId}
                      aria-invalid={problem !== undefined}
                      onChange={(event) => change(index, { groupId: event.target.value })}
                    >
                      <option value="">{intl.formatMessage(m.chooseGroup)}</option>
                      {props.groups.map((group) => (
                        <option key={group.id} value={group.id} translate="no">
                          {group.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              {step.approver === "users" && (
                <Field
                  label={<FormattedMessage {...m.stepEmails} values={{ number }} />}
                  problem={undefined}
                >
                  {(id) => (
                    <input
                      id={id}
                      className="field-input"
                      type="text"
                      dir="ltr"
                      value={step.emails}
                      aria-invalid={problem !== undefined}
                      onChange={(event) => change(index, { emails: event.target.value })}
                    />
                  )}
                </Field>
              )}
              {props.steps.length > 1 && (
                <Button
                  variant="quiet"
                  onClick={() => props.onChange(props.steps.filter((_, at) => at !== index))}
                >
                  <FormattedMessage {...m.removeStep} values={{ number }} />
                </Button>
              )}
              <ErrorAlert message={problem} />
            </li>
          );
        })}
      </ol>
      {props.steps.length < maxSteps && (
        <Button variant="secondary" onClick={() => props.onChange([...props.steps, emptyStep])}>
          <FormattedMessage {...m.addStep} />
        </Button>
      )}
    </fieldset>
  );
}
