// Security → Active sessions: every place the user is signed in (device, app or web, IP, started,
// last active), with "Sign out" per session and "Sign out everywhere else".
import { useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { handledReverification } from "../../../stores/session.ts";
import { listSessions, revokeOtherSessions, revokeSession, type ActiveSession } from "../api.ts";
import { useLoader } from "../use-loader.ts";
import { formatDateTime } from "../format.ts";
import { LoadState } from "./LoadState.tsx";

export function SessionsCard() {
  const [loaded, reload] = useLoader(listSessions);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  const act = async (id: string, action: () => Promise<unknown>) => {
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

  const others =
    loaded.state === "loaded" ? loaded.value.filter((session) => !session.current) : [];

  return (
    <section className="card" aria-labelledby="section-sessions">
      <div className="card-header">
        <h2 id="section-sessions" className="card-title">
          Active sessions
        </h2>
        {others.length > 0 && (
          <Button
            variant="secondary"
            busy={busy === "others"}
            busyLabel="Signing out…"
            onClick={() => void act("others", revokeOtherSessions)}
          >
            Sign out everywhere else
          </Button>
        )}
      </div>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <LoadState loaded={loaded} what="your sessions" onRetry={reload} />
      {loaded.state === "loaded" && (
        <ul className="item-list" aria-label="Active sessions">
          {loaded.value.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              busy={busy === session.id}
              onSignOut={() => void act(session.id, () => revokeSession(session.id))}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionRow(props: { session: ActiveSession; busy: boolean; onSignOut: () => void }) {
  const { session } = props;
  return (
    <li className="item-row">
      <div className="item-main">
        <span className="item-title">
          {session.device}
          {session.current && <span className="badge">This session</span>}
        </span>
        <span className="item-meta">
          {session.client === "desktop" ? "Desktop app" : "Web"}
          {session.ip === null ? "" : ` · ${session.ip}`} · Signed in{" "}
          {formatDateTime(session.startedAt)} · Last active {formatDateTime(session.lastActiveAt)}
        </span>
      </div>
      {!session.current && (
        <div className="item-actions">
          <Button
            variant="secondary"
            busy={props.busy}
            busyLabel="Signing out…"
            onClick={props.onSignOut}
            aria-label={`Sign out ${session.device}, last active ${formatDateTime(session.lastActiveAt)}`}
          >
            Sign out
          </Button>
        </div>
      )}
    </li>
  );
}
