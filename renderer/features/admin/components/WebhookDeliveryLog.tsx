// One webhook's delivery log: how many events wait to be sent, and each attempt — the event, its
// time, the receiver's status code or the error, and when the next retry is due.
import { useCallback } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { auditEventTitle } from "../../../lib/audit-event-text.ts";
import { useErrorText } from "../../../lib/error-messages.ts";
import { listWebhookAttempts, listWebhookDeliveries } from "../automation-api.ts";
import { useRequest } from "../use-request.ts";
import { webhookMessages as m } from "../webhook-messages.ts";

export function WebhookDeliveryLog({ webhookId }: { webhookId: string }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const load = useCallback(
    async () => ({
      attempts: await listWebhookAttempts(webhookId),
      waiting: (await listWebhookDeliveries(webhookId)).filter(
        (delivery) => delivery.state === "pending",
      ).length,
    }),
    [webhookId],
  );
  const [log, reload] = useRequest(load);
  const time = (iso: string) => (
    <time dateTime={iso}>{intl.formatDate(iso, { dateStyle: "medium", timeStyle: "medium" })}</time>
  );
  const headingId = `log-${webhookId}`;

  return (
    <div className="automation-log">
      <div className="console-row">
        <h3 id={headingId} className="card-title">
          <FormattedMessage {...m.log} />
        </h3>
        <Button variant="secondary" className="button-small" onClick={() => reload()}>
          <FormattedMessage {...m.refresh} />
        </Button>
      </div>
      {log.state === "failed" && <p className="field-error">{describeError(log.error)}</p>}
      {log.state === "loaded" && log.value.waiting > 0 && (
        <p className="card-note" role="status">
          <FormattedMessage {...m.waiting} values={{ count: log.value.waiting }} />
        </p>
      )}
      {log.state === "loaded" && log.value.attempts.length === 0 && (
        <p className="card-note">
          <FormattedMessage {...m.noAttempts} />
        </p>
      )}
      {log.state === "loaded" && log.value.attempts.length > 0 && (
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage {...m.event} />
              </th>
              <th scope="col">
                <FormattedMessage {...m.time} />
              </th>
              <th scope="col">
                <FormattedMessage {...m.result} />
              </th>
              <th scope="col">
                <FormattedMessage {...m.nextRetry} />
              </th>
            </tr>
          </thead>
          <tbody>
            {log.value.attempts.map((attempt) => (
              <tr key={attempt.id}>
                <td>{auditEventTitle(intl, attempt.eventType)}</td>
                <td>{time(attempt.attemptedAt)}</td>
                <td translate="no">
                  {attempt.statusCode === null ? (
                    <FormattedMessage {...m.noAnswer} values={{ error: attempt.error ?? "" }} />
                  ) : (
                    <FormattedMessage {...m.status} values={{ code: attempt.statusCode }} />
                  )}
                </td>
                <td>
                  {attempt.nextAttemptAt === null ? (
                    <FormattedMessage {...m.noRetry} />
                  ) : (
                    time(attempt.nextAttemptAt)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
