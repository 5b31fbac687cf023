// Security → Devices → Computers with the desktop app: the computers whose Gatehouse app is
// enrolled with the organization for this account (name, OS, app version, added, last seen)
// with remove (confirmed first), and — in the desktop app — connecting this one with a connect
// key. Enrollment is not device login: it tells the organization which computers are its own.
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { enrollDeviceWithConnectKey, isDesktopApp, osNames } from "../../../lib/desktop.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { listDevices, removeDevice, type EnrolledDevice } from "../api.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import "../devices.css";

export function DevicesCard() {
  const [devices, setDevices] = useState<EnrolledDevice[]>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState<EnrolledDevice>();
  const [removeError, setRemoveError] = useState<string>();
  const load = useCallback(() => {
    listDevices().then(setDevices, (caught: unknown) => setError(apiErrorOf(caught).message));
  }, []);
  useEffect(load, [load]);

  const remove = async (device: EnrolledDevice) => {
    setBusy(device.id);
    setRemoveError(undefined);
    try {
      await withRecentVerification(() => removeDevice(device.id));
      setRemoving(undefined);
      load();
    } catch (caught) {
      if (apiErrorOf(caught).code !== "VERIFICATION_CANCELLED") {
        setRemoveError(apiErrorOf(caught).message);
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="card" aria-labelledby="section-devices">
      <h2 id="section-devices" className="card-title">
        Computers with the desktop app
      </h2>
      <p className="card-note">
        Computers where the Gatehouse desktop app is enrolled with your organization, so it knows
        they are yours. This is separate from device login above, which is how you sign in.
      </p>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {devices !== undefined && devices.length === 0 && (
        <p className="list-empty">
          No computer is enrolled yet. Install the desktop app and connect it with a connect key.
        </p>
      )}
      {devices !== undefined && devices.length > 0 && (
        <ul className="item-list" aria-label="Enrolled devices">
          {devices.map((device) => (
            <li key={device.id} className="item-row">
              <div className="item-main">
                <span className="item-title">{device.name}</span>
                <span className="item-meta">
                  {osNames[device.os as keyof typeof osNames] ?? device.os} · App{" "}
                  {device.appVersion} · Added {formatDate(device.enrolledAt)} · Last seen{" "}
                  {formatDate(device.lastSeenAt)}
                </span>
              </div>
              <div className="item-actions">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setRemoveError(undefined);
                    setRemoving(device);
                  }}
                  aria-label={`Remove ${device.name}`}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {isDesktopApp() && <ConnectThisDevice onConnected={load} />}
      <ConfirmDialog
        title={`Remove “${removing?.name ?? ""}”?`}
        open={removing !== undefined}
        confirmLabel="Remove computer"
        busyLabel="Removing…"
        busy={removing !== undefined && busy === removing.id}
        error={removeError}
        onConfirm={() => {
          if (removing !== undefined) {
            void remove(removing);
          }
        }}
        onCancel={() => setRemoving(undefined)}
      >
        <p>
          The desktop app on that computer is no longer enrolled with your organization. To enroll
          it again, connect it with a new connect key.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function ConnectThisDevice(props: { onConnected: () => void }) {
  const [key, setKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await enrollDeviceWithConnectKey(key.trim());
    setBusy(false);
    setMessage(
      result.ok
        ? { ok: true, text: "This device is now enrolled with your organization." }
        : { ok: false, text: result.error.message },
    );
    if (result.ok) {
      setKey("");
      props.onConnected();
    }
  };
  return (
    <form className="connect-form" onSubmit={(event) => void submit(event)}>
      <TextField
        label="Connect this device with a connect key"
        name="connectKey"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={key}
        onChange={(event) => setKey(event.target.value)}
        error={message?.ok === false ? message.text : undefined}
      />
      <Button type="submit" variant="secondary" busy={busy} busyLabel="Connecting…">
        Connect
      </Button>
      {message?.ok === true && <p role="status">{message.text}</p>}
    </form>
  );
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });
}
