// The approval-flow form: the app (fixed when editing), the group it grants, who may ask, the
// steps, how long access lasts and when undecided requests expire. Checked here first
// (flow-draft.ts), then by the server, whose refusal shows in the form.
import { useId, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { searchUsers } from "../api.ts";
import {
  bodyOfDraft,
  type DraftProblem,
  type DurationMode,
  type FlowDraft,
} from "../flow-draft.ts";
import type { AppSummary, GroupSummary } from "../group-api.ts";
import { saveRequestFlow, type RequestFlowView } from "../request-flow-api.ts";
import { flowFormMessages as m } from "../request-flow-form-messages.ts";
import { requestFlowMessages } from "../request-flow-messages.ts";
import { useAction } from "../use-action.ts";
import { Field } from "./FlowField.tsx";
import { FlowStepsField } from "./FlowStepsField.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

async function userIdOf(email: string): Promise<string | undefined> {
  const page = await searchUsers({ q: email, filter: "", after: null });
  return page.users.find((user) => user.email.toLowerCase() === email.toLowerCase())?.id;
}

export function FlowForm(props: {
  initial: FlowDraft;
  editing: boolean;
  apps: AppSummary[];
  groups: GroupSummary[];
  onSaved: (flows: RequestFlowView[], appName: string) => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const titleId = useId();
  const [draft, setDraft] = useState(props.initial);
  const [problem, setProblem] = useState<DraftProblem>();
  const saving = useAction();
  const set = (change: Partial<FlowDraft>) => setDraft((old) => ({ ...old, ...change }));
  const problemOf = (field: string) =>
    problem?.field === field ? intl.formatMessage(problem.message, problem.values) : undefined;
  const appName = props.apps.find((app) => app.id === draft.appId)?.displayName ?? "";

  const save = (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    void saving.run(async () => {
      const checked = await bodyOfDraft(draft, userIdOf);
      if (!checked.ok) {
        setProblem(checked.problem);
        return;
      }
      const flows = await withRecentVerification(() => saveRequestFlow(draft.appId, checked.body));
      props.onSaved(flows, appName);
    });
  };

  const groupOptions = props.groups.map((group) => (
    <option key={group.id} value={group.id} translate="no">
      {group.name}
    </option>
  ));
  const modes: { mode: DurationMode; label: typeof m.durationNone }[] = [
    { mode: "none", label: m.durationNone },
    { mode: "list", label: m.durationList },
    { mode: "max", label: m.durationMax },
  ];

  return (
    <form
      className="card flow-form"
      aria-labelledby={titleId}
      onSubmit={(e) => void save(e)}
      noValidate
    >
      <h2 id={titleId} className="card-title">
        {props.editing ? (
          <FormattedMessage {...requestFlowMessages.editFlow} values={{ app: appName }} />
        ) : (
          <FormattedMessage {...requestFlowMessages.newFlow} />
        )}
      </h2>
      <div className="flow-form-grid">
        <Field label={<FormattedMessage {...m.app} />} problem={problemOf("appId")}>
          {(id) => (
            <select
              id={id}
              className="field-input"
              value={draft.appId}
              disabled={props.editing}
              onChange={(event) => set({ appId: event.target.value })}
            >
              <option value="">{intl.formatMessage(m.chooseApp)}</option>
              {props.apps.map((app) => (
                <option key={app.id} value={app.id} translate="no">
                  {app.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={<FormattedMessage {...m.targetGroup} />} problem={problemOf("targetGroupId")}>
          {(id) => (
            <select
              id={id}
              className="field-input"
              value={draft.targetGroupId}
              onChange={(event) => set({ targetGroupId: event.target.value })}
            >
              <option value="">{intl.formatMessage(m.chooseGroup)}</option>
              {groupOptions}
            </select>
          )}
        </Field>
        <Field label={<FormattedMessage {...m.requesters} />} problem={undefined}>
          {(id) => (
            <select
              id={id}
              className="field-input"
              value={draft.requestersGroupId}
              onChange={(event) => set({ requestersGroupId: event.target.value })}
            >
              <option value="">{intl.formatMessage(m.everyone)}</option>
              {props.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {intl.formatMessage(m.members, { group: group.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FlowStepsField
        steps={draft.steps}
        groups={props.groups}
        problemOf={problemOf}
        onChange={(steps) => set({ steps })}
      />
      <fieldset className="flow-duration">
        <legend className="field-label">
          <FormattedMessage {...m.duration} />
        </legend>
        {modes.map(({ mode, label }) => (
          <label key={mode} className="flow-choice">
            <input
              type="radio"
              name="flow-duration"
              checked={draft.durationMode === mode}
              onChange={() => set({ durationMode: mode })}
            />
            <FormattedMessage {...label} />
          </label>
        ))}
        {draft.durationMode === "list" && (
          <Field label={<FormattedMessage {...m.durationDays} />} problem={problemOf("durations")}>
            {(id) => (
              <input
                id={id}
                className="field-input"
                inputMode="numeric"
                value={draft.durationsText}
                onChange={(event) => set({ durationsText: event.target.value })}
              />
            )}
          </Field>
        )}
        {draft.durationMode === "max" && (
          <Field label={<FormattedMessage {...m.maxDays} />} problem={problemOf("maxDays")}>
            {(id) => (
              <input
                id={id}
                className="field-input"
                type="number"
                min={1}
                max={365}
                value={draft.maxDaysText}
                onChange={(event) => set({ maxDaysText: event.target.value })}
              />
            )}
          </Field>
        )}
      </fieldset>
      <Field label={<FormattedMessage {...m.expireDays} />} problem={problemOf("expireDays")}>
        {(id) => (
          <input
            id={id}
            className="field-input"
            type="number"
            min={1}
            max={365}
            value={draft.expireDaysText}
            onChange={(event) => set({ expireDaysText: event.target.value })}
          />
        )}
      </Field>
      <ErrorAlert message={saving.errorText} />
      <div className="form-actions">
        <Button type="submit" busy={saving.busy} busyLabel={intl.formatMessage(m.saving)}>
          <FormattedMessage {...m.save} />
        </Button>
        <Button variant="secondary" onClick={props.onCancel} disabled={saving.busy}>
          <FormattedMessage {...commonMessages.cancel} />
        </Button>
      </div>
    </form>
  );
}
