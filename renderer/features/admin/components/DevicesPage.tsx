// Devices: every enrolled device with its owner, revoked here when lost; and the IT enrollment
// tokens that let a managed device enroll — created with a label and a lifetime (the token is
// shown once, to copy into the device's configuration) and revoked when no longer needed.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { handledReverification } from "../../../stores/session.ts";
import {
  createEnrollmentToken,
  listDevices,
  listEnrollmentTokens,
  revokeDevice,
  revokeEnrollmentToken,
} from "../api.ts";
import { useRequest } from "../use-request.ts";

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });

export function DevicesPage() {
  const [devices, reloadDevices] = useRequest(listDevices);
  const [tokens, reloadTokens] = useRequest(listEnrollmentTokens);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [form, setForm] = useState({ label: "", days: "30" });
  const [formError, setFormError] = useState<{ field: string | undefined; message: string }>();
  const [created, setCreated] = useState<{ label: string; token: string }>();

  const act = async (id: string, action: () => Promise<unknown>, reload: () => void) => {
    setBusy(id);
    setError(undefined);
    try {
      await action();
      reload();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(apiErrorOf(caught).message);
      }
    } finally {
      setBusy(undefined);
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    setBusy("create");
    try {
      const made = await createEnrollmentToken(form.label, Number(form.days));
      setCreated({ label: form.label, token: made.token });
      setForm({ label: "", days: "30" });
      reloadTokens();
    } catch (caught) {
      if (!handledReverification(caught)) {
        const failure = apiErrorOf(caught);
        setFormError({ field: failure.field, message: failure.message });
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <PageHeader
        title="Devices"
        description="Enrolled desktop devices and the tokens that let managed devices enroll."
      />
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="card-stack">
        <section className="card" aria-labelledby="section-devices">
          <h2 id="section-devices" className="card-title">
            Enrolled devices
          </h2>
          {devices.state === "loading" && <p className="card-note">Loading devices…</p>}
          {devices.state === "failed" && <p className="field-error">{devices.error.message}</p>}
          {devices.state === "loaded" &&
            (devices.value.length === 0 ? (
              <p className="card-note">No device is enrolled yet.</p>
            ) : (
              <ul className="console-list" aria-label="Enrolled devices">
                {devices.value.map((device) => (
                  <li key={device.id} className="console-row">
                    <span>
                      <strong>{device.name}</strong>
                      <span className="console-muted">
                        {device.email ?? "no owner"} · {device.os} · enrolled{" "}
                        {day(device.enrolledAt)}
                        {device.revokedAt === null ? "" : ` · revoked ${day(device.revokedAt)}`}
                      </span>
                    </span>
                    {device.revokedAt === null && (
                      <Button
                        variant="secondary"
                        busy={busy === device.id}
                        busyLabel="Revoking…"
                        aria-label={`Revoke ${device.name}`}
                        onClick={() =>
                          void act(device.id, () => revokeDevice(device.id), reloadDevices)
                        }
                      >
                        Revoke
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            ))}
        </section>
        <section className="card" aria-labelledby="section-tokens">
          <h2 id="section-tokens" className="card-title">
            Enrollment tokens
          </h2>
          <form className="console-inline-form" onSubmit={(event) => void create(event)} noValidate>
            <TextField
              label="Label"
              value={form.label}
              placeholder="e.g. Berlin office laptops"
              error={formError?.field === "label" ? formError.message : undefined}
              onChange={(event) => setForm({ ...form, label: event.target.value })}
            />
            <TextField
              label="Valid for (days)"
              type="number"
              min={1}
              max={365}
              value={form.days}
              error={formError?.field === "validDays" ? formError.message : undefined}
              onChange={(event) => setForm({ ...form, days: event.target.value })}
            />
            <Button type="submit" busy={busy === "create"} busyLabel="Creating…">
              Create token
            </Button>
          </form>
          {formError !== undefined && !["label", "validDays"].includes(formError.field ?? "") && (
            <p className="field-error" role="alert">
              {formError.message}
            </p>
          )}
          {created !== undefined && (
            <div className="alert alert-info console-secret" role="note">
              <span>
                Token for “{created.label}”, shown once: <code>{created.token}</code>
              </span>
              <CopyButton value={created.token} label="Copy token" />
              <Button variant="quiet" onClick={() => setCreated(undefined)}>
                Done
              </Button>
            </div>
          )}
          {tokens.state === "loaded" && tokens.value.length > 0 && (
            <ul className="console-list" aria-label="Enrollment tokens">
              {tokens.value.map((token) => (
                <li key={token.id} className="console-row">
                  <span>
                    <strong>{token.label}</strong>
                    <span className="console-muted">
                      {token.revokedAt === null
                        ? `valid until ${day(token.expiresAt)}`
                        : `revoked ${day(token.revokedAt)}`}
                    </span>
                  </span>
                  {token.revokedAt === null && (
                    <Button
                      variant="secondary"
                      busy={busy === token.id}
                      busyLabel="Revoking…"
                      aria-label={`Revoke token ${token.label}`}
                      onClick={() =>
                        void act(token.id, () => revokeEnrollmentToken(token.id), reloadTokens)
                      }
                    >
                      Revoke
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
