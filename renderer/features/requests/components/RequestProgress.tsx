// A request's state and its approval steps (who must approve, who did), as both the requester
// and the approver see them.
import { FormattedMessage, useIntl } from "react-intl";
import type { AccessRequestView } from "../api.ts";
import { stepMessages as m } from "../step-messages.ts";

/** The badge's word: an approved request whose time ran out reads "Access ended". */
export function RequestStateBadge({ request }: { request: AccessRequestView }) {
  const state = request.state === "approved" && request.accessEnded ? "ended" : request.state;
  return (
    <span className={`badge request-state request-state-${state}`}>
      <FormattedMessage {...m.state} values={{ state }} />
    </span>
  );
}

export function RequestProgress({ request }: { request: AccessRequestView }) {
  const intl = useIntl();
  const current =
    request.state === "pending" ? request.steps.findIndex((step) => step.decision === null) : -1;
  return (
    <>
      {request.needsApprover !== null && (
        <p className="request-warning">
          <FormattedMessage {...m.needsApprover} values={{ reason: request.needsApprover }} />
        </p>
      )}
      <ol className="request-steps" aria-label={intl.formatMessage(m.stepsLabel)}>
        {request.steps.map((step, index) => (
          <li
            key={index}
            className={`request-step${step.decision === null ? "" : ` request-step-${step.decision}`}`}
          >
            <span className="request-step-title">
              <FormattedMessage
                {...m.stepTitle}
                values={{ number: index + 1, approver: step.approver }}
              />
            </span>
            <span className="request-step-status">
              {step.decision !== null ? (
                <FormattedMessage
                  {...m.decided}
                  values={{
                    decision: step.decision,
                    name: (
                      <span translate="no" dir="auto">
                        {step.decidedBy ?? ""}
                      </span>
                    ),
                    date: intl.formatDate(step.decidedAt ?? undefined, { dateStyle: "medium" }),
                  }}
                />
              ) : index === current ? (
                <FormattedMessage
                  {...m.waitingFor}
                  values={{
                    names: (
                      <span translate="no">
                        {intl.formatList(step.approverNames, { type: "disjunction" })}
                      </span>
                    ),
                  }}
                />
              ) : index > current && current >= 0 ? (
                <FormattedMessage {...m.later} />
              ) : (
                <FormattedMessage {...m.notDecided} />
              )}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
