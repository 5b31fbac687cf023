// Where the user is signed in and with what: sessions (sign one out), enrolled devices (revoke),
// device logins, SSH keys and groups — and the newest events that concern them, in words.
import { useState, type ReactNode } from "react";
import { Button } from "../../../components/Button.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { handledReverification } from "../../../stores/session.ts";
import { endSession, revokeDevice, type AdminUserDetail } from "../api.ts";

const when = (iso: string | null) =>
  iso === null
    ? "never"
    : new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function UserActivity(props: {
  detail: AdminUserDetail;
  onDone: (message: string) => void;
}) {
  const { detail } = props;
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const act = async (id: string, action: () => Promise<unknown>, message: string) => {
    setBusy(id);
    setError(undefined);
    try {
      await action();
      props.onDone(message);
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(apiErrorOf(caught).message);
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ListCard title="Sessions" empty="Not signed in anywhere.">
        {detail.sessions.map((session) => (
          <li key={session.id} className="console-row">
            <span>
              <strong>{session.device}</strong>
              <span className="console-muted">
                {session.ip ?? "unknown address"} · last active {when(session.lastActiveAt)}
              </span>
            </span>
            <Button
              variant="secondary"
              busy={busy === session.id}
              busyLabel="Signing out…"
              aria-label={`Sign out ${session.device}`}
              onClick={() =>
                void act(session.id, () => endSession(detail.user.id, session.id), "Session ended.")
              }
            >
              Sign out
            </Button>
          </li>
        ))}
      </ListCard>
      <ListCard title="Devices" empty="No enrolled device.">
        {detail.devices.map((device) => (
          <li key={device.id} className="console-row">
            <span>
              <strong>{device.name}</strong>
              <span className="console-muted">
                {device.os} · app {device.appVersion} · last seen {when(device.lastSeenAt)}
              </span>
            </span>
            <Button
              variant="secondary"
              busy={busy === device.id}
              busyLabel="Revoking…"
              aria-label={`Revoke ${device.name}`}
              onClick={() => void act(device.id, () => revokeDevice(device.id), "Device revoked.")}
            >
              Revoke
            </Button>
          </li>
        ))}
      </ListCard>
      <ListCard title="Device logins" empty="No device login set up.">
        {detail.passkeys.map((passkey) => (
          <li key={passkey.id} className="console-row">
            <span>
              <strong>{passkey.name}</strong>
              <span className="console-muted">last used {when(passkey.lastUsedAt)}</span>
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard title="SSH keys" empty="No SSH key.">
        {detail.sshKeys.map((key) => (
          <li key={key.id} className="console-row">
            <span>
              <strong>{key.name}</strong>
              <span className="console-muted console-mono">{key.fingerprint}</span>
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard title="Groups" empty="In no group.">
        {detail.groups.map((group) => (
          <li key={group.id} className="console-row">
            <strong>{group.name}</strong>
          </li>
        ))}
      </ListCard>
      <ListCard title="Recent history" empty="Nothing yet.">
        {detail.history.map((event) => (
          <li key={event.id} className="console-row">
            <span>
              <strong>{event.title}</strong>
              <span className="console-muted">
                {when(event.at)}
                {event.detail === null ? "" : ` · ${event.detail}`}
                {event.actorEmail === null || event.actorId === detail.user.id
                  ? ""
                  : ` · by ${event.actorEmail}`}
              </span>
            </span>
          </li>
        ))}
      </ListCard>
    </>
  );
}

function ListCard(props: { title: string; empty: string; children: ReactNode[] }) {
  const id = `section-${props.title.toLowerCase().replaceAll(" ", "-")}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {props.title}
      </h2>
      {props.children.length === 0 ? (
        <p className="card-note">{props.empty}</p>
      ) : (
        <ul className="console-list" aria-labelledby={id}>
          {props.children}
        </ul>
      )}
    </section>
  );
}
