// To approve: the requests waiting for this user's decision. Never the user's own: the server
// leaves those out and refuses them, and this page does not offer them either.
import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { approvalMessages as m } from "../approval-messages.ts";
import { useRequests } from "../store.ts";
import { ApprovalCard } from "./ApprovalCard.tsx";
import { LoadState } from "./LoadState.tsx";
import "../requests.css";

export function ApprovalsPage(props: { userId: string }) {
  const intl = useIntl();
  const toApprove = useRequests((state) => state.toApprove);
  // The last decision, said by screen readers; kept as values so a change of language reaches it.
  const [said, setSaid] = useState<{ decision: string; requester: string; app: string }>();
  const load = () => void useRequests.getState().loadToApprove();
  useEffect(load, []);

  const items =
    toApprove.status === "loaded"
      ? toApprove.value.filter((item) => item.requester.id !== props.userId)
      : [];
  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <p className="visually-hidden" role="status">
        {said === undefined ? "" : intl.formatMessage(m.decided, said)}
      </p>
      {toApprove.status !== "loaded" ? (
        <LoadState
          error={toApprove.status === "failed" ? toApprove.error : undefined}
          onRetry={load}
        />
      ) : items.length === 0 ? (
        <p className="card list-empty">
          <FormattedMessage {...m.none} />
        </p>
      ) : (
        <ul className="card-stack approval-list" aria-label={intl.formatMessage(m.listLabel)}>
          {items.map((item) => (
            <ApprovalCard
              key={item.request.id}
              item={item}
              onDecided={(decision) => {
                setSaid({ decision, requester: item.requester.name, app: item.request.app.name });
                load();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
