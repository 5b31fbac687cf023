// The console's undecided requests, those nobody can decide first: a step that needs an approver
// (no manager on the profile, a manager matching no account, every approver gone) is its own
// state here, never a request silently waiting for no one.
import { FormattedMessage, useIntl } from "react-intl";
import type { ApprovalItem } from "../request-flow-api.ts";
import { requestFlowMessages as m } from "../request-flow-messages.ts";

export function UndecidedRequestsCard(props: { requests: ApprovalItem[] }) {
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="undecided-requests">
      <h2 id="undecided-requests" className="card-title">
        <FormattedMessage {...m.undecidedTitle} />
      </h2>
      {props.requests.length === 0 ? (
        <p className="card-note">
          <FormattedMessage {...m.undecidedNone} />
        </p>
      ) : (
        <ul className="console-list" aria-labelledby="undecided-requests">
          {props.requests.map(({ request, requester }) => {
            const step = request.steps.findIndex((candidate) => candidate.decision === null);
            return (
              <li key={request.id} className="console-row flow-row">
                <span className="flow-row-main">
                  <span className="flow-row-title">
                    <FormattedMessage
                      {...m.undecidedRow}
                      values={{
                        requester: <span translate="no">{requester.name}</span>,
                        app: <span translate="no">{request.app.name}</span>,
                      }}
                    />
                  </span>
                  {request.needsApprover !== null ? (
                    <>
                      <span className="badge flow-needs-approver">
                        <FormattedMessage
                          {...m.needsApprover}
                          values={{ reason: request.needsApprover }}
                        />
                      </span>
                      <span className="console-muted">
                        <FormattedMessage {...m.needsApproverHint} />
                      </span>
                    </>
                  ) : (
                    <span className="console-muted">
                      <FormattedMessage
                        {...m.waitingFor}
                        values={{
                          number: step + 1,
                          names: intl.formatList(request.steps[step]?.approverNames ?? [], {
                            type: "disjunction",
                          }),
                        }}
                      />
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
