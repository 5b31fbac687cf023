// Requests → My requests: each request with its state, reason, approval progress and dates,
// and Withdraw (confirmed first) while it waits for a decision.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { cancelRequest, type AccessRequestView } from "../api.ts";
import { requestsMessages as m } from "../messages.ts";
import { RequestProgress, RequestStateBadge } from "./RequestProgress.tsx";

const separator = " · ";

export function MyRequestsCard(props: { requests: AccessRequestView[]; onChanged: () => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [withdrawing, setWithdrawing] = useState<AccessRequestView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const date = (at: string) => intl.formatDate(at, { dateStyle: "medium" });
  const dateTime = (at: string) => intl.formatDate(at, { dateStyle: "medium", timeStyle: "short" });

  const withdraw = async (request: AccessRequestView) => {
    setBusy(true);
    setError(undefined);
    try {
      await cancelRequest(request.id);
      setWithdrawing(undefined);
      props.onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="my-requests">
      <h2 id="my-requests" className="card-title">
        <FormattedMessage {...m.mineTitle} />
      </h2>
      {props.requests.length === 0 ? (
        <p className="list-empty">
          <FormattedMessage {...m.mineNone} />
        </p>
      ) : (
        <ul className="request-list" aria-label={intl.formatMessage(m.mineTitle)}>
          {props.requests.map((request) => (
            <li key={request.id} className="request-row request-row-detailed">
              <div className="request-main">
                <span className="request-heading">
                  <span className="request-app" translate="no" dir="auto">
                    {request.app.name}
                  </span>
                  <RequestStateBadge request={request} />
                </span>
                <span className="request-reason-text" translate="no" dir="auto">
                  {request.reason}
                </span>
                <span className="request-meta">
                  <FormattedMessage {...m.requestedOn} values={{ date: date(request.createdAt) }} />
                  {request.durationDays !== null && (
                    <>
                      {separator}
                      <FormattedMessage {...m.days} values={{ days: request.durationDays }} />
                    </>
                  )}
                  {request.state === "pending" && (
                    <>
                      {separator}
                      <FormattedMessage
                        {...m.expiresOn}
                        values={{ date: date(request.expiresAt) }}
                      />
                    </>
                  )}
                  {request.state === "approved" && request.accessEndsAt !== null && (
                    <>
                      {separator}
                      <FormattedMessage
                        {...(request.accessEnded ? m.endedOn : m.endsOn)}
                        values={{ date: dateTime(request.accessEndsAt) }}
                      />
                    </>
                  )}
                </span>
                <RequestProgress request={request} />
              </div>
              {request.state === "pending" && (
                <Button
                  variant="secondary"
                  aria-label={intl.formatMessage(m.withdrawApp, { app: request.app.name })}
                  onClick={() => {
                    setError(undefined);
                    setWithdrawing(request);
                  }}
                >
                  <FormattedMessage {...m.withdraw} />
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={intl.formatMessage(m.withdrawTitle, { app: withdrawing?.app.name ?? "" })}
        confirmLabel={intl.formatMessage(m.withdrawApp, { app: withdrawing?.app.name ?? "" })}
        busyLabel={intl.formatMessage(m.withdrawing)}
        busy={busy}
        error={error === undefined ? undefined : describeError(error)}
        onConfirm={() => withdrawing !== undefined && void withdraw(withdrawing)}
        onCancel={() => setWithdrawing(undefined)}
      >
        <FormattedMessage {...m.withdrawText} />
      </ConfirmDialog>
    </section>
  );
}
