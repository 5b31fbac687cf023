// Mints an API token: a name, its scopes (one line each on what they allow) and a lifetime. The
// token is shown once, with a copy button and a three-line curl example against this portal.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ShownOnceSecret } from "./ShownOnceSecret.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { createApiToken, type ApiScope } from "../automation-api.ts";
import { scopeMessages, tokenMessages as m } from "../token-messages.ts";
import { useAction } from "../use-action.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const scopes = Object.keys(scopeMessages) as ApiScope[];
const emptyForm = { name: "", scopes: [] as ApiScope[], days: "90" };

/** Three lines to paste into a terminal: keep the token in a variable, then call the API. */
export function curlExample(origin: string, token: string): string {
  return [
    `TOKEN='${token}'`,
    `curl -H "Authorization: Bearer $TOKEN" \\`,
    `  ${origin}/api/admin/users`,
  ].join("\n");
}

export function ApiTokenForm({ onCreated }: { onCreated: () => void }) {
  const intl = useIntl();
  const [form, setForm] = useState(emptyForm);
  const { run, busy, errorAt, errorBesides } = useAction();
  const [created, setCreated] = useState<{ name: string; secret: string }>();

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const made = await createApiToken({
        name: form.name,
        scopes: form.scopes,
        validDays: Number(form.days),
      });
      setCreated({ name: made.token.name, secret: made.secret });
      setForm(emptyForm);
      onCreated();
    });
  };
  const otherError = errorBesides(["name", "validDays"]);
  const toggle = (scope: ApiScope, on: boolean) =>
    setForm({
      ...form,
      scopes: on ? [...form.scopes, scope] : form.scopes.filter((held) => held !== scope),
    });

  return (
    <>
      <form className="automation-form" onSubmit={(event) => void create(event)} noValidate>
        <div className="console-form-grid">
          <TextField
            label={intl.formatMessage(m.name)}
            value={form.name}
            placeholder={intl.formatMessage(m.namePlaceholder)}
            error={errorAt("name")}
            onChange={(event) => setForm({ ...form, name: event.target.value })}
          />
          <TextField
            label={intl.formatMessage(m.validDays)}
            type="number"
            min={1}
            max={365}
            value={form.days}
            error={errorAt("validDays")}
            onChange={(event) => setForm({ ...form, days: event.target.value })}
          />
        </div>
        <fieldset className="automation-choices">
          <legend className="field-label">
            <FormattedMessage {...m.scopes} />
          </legend>
          {scopes.map((scope) => (
            <label key={scope} className="console-check">
              <input
                type="checkbox"
                checked={form.scopes.includes(scope)}
                onChange={(event) => toggle(scope, event.target.checked)}
              />
              <span>
                <code translate="no">{scope}</code>
                <span className="console-muted">
                  <FormattedMessage {...scopeMessages[scope]} />
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <ErrorAlert message={otherError} />
        <div className="console-form-actions">
          <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.creating)}>
            <FormattedMessage {...m.create} />
          </Button>
        </div>
      </form>
      {created !== undefined && (
        <ShownOnceSecret
          lead={
            <FormattedMessage
              {...m.shownOnce}
              values={{ name: <strong translate="no">{created.name}</strong> }}
            />
          }
          secret={created.secret}
          testId="api-token-secret"
          copyLabel={intl.formatMessage(m.copyToken)}
          done={m.done}
          onDone={() => setCreated(undefined)}
        >
          <p>
            <FormattedMessage {...m.tryIt} />
          </p>
          <pre className="automation-curl" dir="ltr" translate="no" tabIndex={0}>
            {curlExample(window.location.origin, created.secret)}
          </pre>
        </ShownOnceSecret>
      )}
    </>
  );
}
