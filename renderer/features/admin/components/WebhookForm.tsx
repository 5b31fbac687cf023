// Subscribes a URL to audit events: every event, or those chosen from the audit event catalogue
// grouped by category. The signing secret is shown once, to give to the receiver.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ShownOnceSecret } from "./ShownOnceSecret.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { auditEventTitle } from "../../../lib/audit-event-text.ts";
import { auditEventNames } from "../api.ts";
import { createWebhook } from "../automation-api.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { webhookMessages as m } from "../webhook-messages.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const categories = ["sign_in", "security_change", "administration"] as const;
const emptyForm = { url: "", all: true, events: [] as string[] };

export function WebhookForm({ onCreated }: { onCreated: () => void }) {
  const intl = useIntl();
  const [catalogue] = useRequest(auditEventNames);
  const [form, setForm] = useState(emptyForm);
  const { run, busy, errorAt, errorBesides } = useAction();
  const [secret, setSecret] = useState<string>();

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const made = await createWebhook({
        url: form.url.trim(),
        events: form.all ? ["*"] : form.events,
      });
      setSecret(made.secret);
      setForm(emptyForm);
      onCreated();
    });
  };
  const otherError = errorBesides(["url"]);
  const toggle = (name: string, on: boolean) =>
    setForm({
      ...form,
      events: on ? [...form.events, name] : form.events.filter((held) => held !== name),
    });
  const titled = (name: string) => auditEventTitle(intl, name);

  return (
    <>
      <form className="automation-form" onSubmit={(event) => void create(event)} noValidate>
        <TextField
          label={intl.formatMessage(m.url)}
          type="url"
          value={form.url}
          placeholder={intl.formatMessage(m.urlPlaceholder)}
          error={errorAt("url")}
          aria-describedby="webhook-url-hint"
          onChange={(event) => setForm({ ...form, url: event.target.value })}
        />
        <p id="webhook-url-hint" className="console-muted">
          <FormattedMessage {...m.urlHint} />
        </p>
        <fieldset className="automation-choices">
          <legend className="field-label">
            <FormattedMessage {...m.events} />
          </legend>
          <label className="console-check">
            <input
              type="checkbox"
              checked={form.all}
              onChange={(event) => setForm({ ...form, all: event.target.checked })}
            />
            <FormattedMessage {...m.allEvents} />
          </label>
          {!form.all && catalogue.state === "loaded" && (
            <div className="automation-choice-groups">
              {categories.map((category) => (
                <fieldset key={category}>
                  <legend>
                    <FormattedMessage {...m.category} values={{ category }} />
                  </legend>
                  {catalogue.value
                    .filter((entry) => entry.category === category)
                    .sort((a, b) => titled(a.event).localeCompare(titled(b.event)))
                    .map((entry) => (
                      <label key={entry.event} className="console-check">
                        <input
                          type="checkbox"
                          checked={form.events.includes(entry.event)}
                          onChange={(event) => toggle(entry.event, event.target.checked)}
                        />
                        {titled(entry.event)}
                      </label>
                    ))}
                </fieldset>
              ))}
            </div>
          )}
        </fieldset>
        <ErrorAlert message={otherError} />
        <div className="console-form-actions">
          <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.creating)}>
            <FormattedMessage {...m.create} />
          </Button>
        </div>
      </form>
      {secret !== undefined && (
        <ShownOnceSecret
          lead={<FormattedMessage {...m.secretShownOnce} />}
          secret={secret}
          testId="webhook-secret"
          copyLabel={intl.formatMessage(m.copySecret)}
          done={m.done}
          onDone={() => setSecret(undefined)}
        />
      )}
    </>
  );
}
