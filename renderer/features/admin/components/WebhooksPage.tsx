// Webhooks (/admin/webhooks): the audit webhook subscriptions, a form to add one (its secret shown
// once), and per webhook: send a test event, pause or resume, delete (asked first), and its
// delivery log. Adding, pausing and deleting ask for a recent verification (docs/api.md).
import { useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import {
  listWebhooks,
  pauseWebhook,
  removeWebhook,
  resumeWebhook,
  sendTestEvent,
  type WebhookView,
} from "../automation-api.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { webhookMessages as m } from "../webhook-messages.ts";
import { Day } from "./Day.tsx";
import { WebhookDeliveryLog } from "./WebhookDeliveryLog.tsx";
import { WebhookForm } from "./WebhookForm.tsx";
import "../automation.css";
import { RequestedView } from "./RequestedView.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

export function WebhooksPage() {
  const intl = useIntl();
  const [webhooks, reload] = useRequest(listWebhooks);
  const { run, busyWith, errorText } = useAction();
  const [notice, setNotice] = useState<MessageDescriptor>();
  const [shownLog, setShownLog] = useState<string>();
  const [logVersion, setLogVersion] = useState(0);
  const [removing, setRemoving] = useState<WebhookView>();

  const act = (key: string, action: () => Promise<unknown>, done?: MessageDescriptor) =>
    run(async () => {
      setNotice(undefined);
      await action();
      setNotice(done);
      setLogVersion((version) => version + 1);
      reload();
    }, key);
  const button = (hook: WebhookView, action: string, word: MessageDescriptor, run: () => void) => (
    <Button
      variant="secondary"
      className="button-small"
      busy={busyWith === `${action}:${hook.id}`}
      busyLabel={intl.formatMessage(m.busy)}
      aria-label={intl.formatMessage(m.actionLabel, {
        action: intl.formatMessage(word),
        url: hook.url,
      })}
      onClick={run}
    >
      <FormattedMessage {...word} />
    </Button>
  );

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <div className="card-stack">
        <section className="card" aria-labelledby="section-new-webhook">
          <h2 id="section-new-webhook" className="card-title">
            <FormattedMessage {...m.newWebhook} />
          </h2>
          <WebhookForm onCreated={reload} />
        </section>
        <section className="card automation-list-card" aria-labelledby="section-webhook-list">
          <h2 id="section-webhook-list" className="card-title">
            <FormattedMessage {...m.list} />
          </h2>
          {notice !== undefined && (
            <p className="alert alert-info" role="status">
              <FormattedMessage {...notice} />
            </p>
          )}
          <ErrorAlert message={errorText} />
          <RequestedView requested={webhooks} loading={m.loading} empty={m.none}>
            {(value) => (
              <ul className="console-list" aria-labelledby="section-webhook-list">
                {value.map((hook) => (
                  <li key={hook.id}>
                    <div className="console-row automation-webhook-row">
                      <span>
                        <strong translate="no" dir="ltr">
                          {hook.url}
                        </strong>
                        <span className="console-muted">
                          <FormattedMessage
                            {...m.meta}
                            values={{
                              paused: hook.pausedAt === null ? "no" : "yes",
                              count: hook.events.includes("*") ? 0 : hook.events.length,
                              added: <Day iso={hook.createdAt} />,
                            }}
                          />
                        </span>
                      </span>
                      <span className="automation-row-actions">
                        {button(hook, "test", m.sendTest, () => {
                          setShownLog(hook.id);
                          void act(`test:${hook.id}`, () => sendTestEvent(hook.id), m.testSent);
                        })}
                        {button(hook, "log", m.showLog, () =>
                          setShownLog(shownLog === hook.id ? undefined : hook.id),
                        )}
                        {hook.pausedAt === null
                          ? button(hook, "pause", m.pause, () => {
                              void act(`pause:${hook.id}`, () => pauseWebhook(hook.id));
                            })
                          : button(hook, "resume", m.resume, () => {
                              void act(`resume:${hook.id}`, () => resumeWebhook(hook.id));
                            })}
                        {button(hook, "remove", m.remove, () => setRemoving(hook))}
                      </span>
                    </div>
                    {shownLog === hook.id && (
                      <WebhookDeliveryLog key={logVersion} webhookId={hook.id} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </RequestedView>
        </section>
      </div>
      <ConfirmDialog
        open={removing !== undefined}
        title={intl.formatMessage(m.removeTitle)}
        confirmLabel={intl.formatMessage(m.remove)}
        busyLabel={intl.formatMessage(m.busy)}
        busy={busyWith === "remove"}
        error={undefined}
        onConfirm={() => {
          const id = removing?.id ?? "";
          void act("remove", () => removeWebhook(id)).then(() => setRemoving(undefined));
        }}
        onCancel={() => setRemoving(undefined)}
      >
        <p>
          <FormattedMessage
            {...m.removeExplains}
            values={{ url: <strong translate="no">{removing?.url}</strong> }}
          />
        </p>
      </ConfirmDialog>
    </>
  );
}
