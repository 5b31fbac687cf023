// The console's requestable apps: each flow in one line (the group it grants, who may ask, the
// steps, how long, when undecided requests expire) with Edit and Remove.
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import type { GroupSummary } from "../group-api.ts";
import type { RequestFlowView } from "../request-flow-api.ts";
import { requestFlowMessages as m } from "../request-flow-messages.ts";

function durationOf(intl: IntlShape, flow: RequestFlowView): string {
  if (flow.durationsDays.length > 0) {
    return intl.formatMessage(m.durationsList, {
      days: intl.formatList(flow.durationsDays.map(String), { type: "unit" }),
    });
  }
  return flow.maxDurationDays === null
    ? intl.formatMessage(m.noEnd)
    : intl.formatMessage(m.upTo, { days: flow.maxDurationDays });
}

export function FlowList(props: {
  flows: RequestFlowView[];
  groups: GroupSummary[];
  nameOf: (appId: string) => string;
  onEdit: (flow: RequestFlowView) => void;
  onRemove: (flow: RequestFlowView) => void;
}) {
  const intl = useIntl();
  const groupName = (id: string | null) =>
    id === null
      ? intl.formatMessage(m.everyone)
      : (props.groups.find((group) => group.id === id)?.name ?? id);
  return (
    <section className="card" aria-labelledby="request-flows">
      <h2 id="request-flows" className="card-title">
        <FormattedMessage {...m.flowsTitle} />
      </h2>
      {props.flows.length === 0 ? (
        <p className="card-note">
          <FormattedMessage {...m.flowsNone} />
        </p>
      ) : (
        <ul className="console-list" aria-labelledby="request-flows">
          {props.flows.map((flow) => {
            const app = props.nameOf(flow.appId);
            return (
              <li key={flow.appId} className="console-row flow-row">
                <span className="flow-row-main">
                  <span className="flow-row-title" translate="no">
                    {app}
                  </span>
                  <span className="console-muted">
                    <FormattedMessage
                      {...m.flowSummary}
                      values={{
                        group: <span translate="no">{groupName(flow.targetGroupId)}</span>,
                        requesters: <span translate="no">{groupName(flow.requestersGroupId)}</span>,
                        steps: intl.formatList(
                          flow.steps.map((step) =>
                            intl.formatMessage(m.stepKind, { approver: step.approver }),
                          ),
                          { type: "unit" },
                        ),
                        duration: durationOf(intl, flow),
                        days: flow.expireAfterDays,
                      }}
                    />
                  </span>
                </span>
                <span className="form-actions">
                  <Button
                    variant="secondary"
                    aria-label={intl.formatMessage(m.editFlow, { app })}
                    onClick={() => props.onEdit(flow)}
                  >
                    <FormattedMessage {...m.edit} />
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={intl.formatMessage(m.removeApp, { app })}
                    onClick={() => props.onRemove(flow)}
                  >
                    <FormattedMessage {...m.remove} />
                  </Button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
