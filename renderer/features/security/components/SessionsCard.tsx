// Security → Active sessions: every place the user is signed in (device, app or web, IP, started,
// last active), with "Sign out" per session and "Sign out everywhere else".
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { handledReverification } from "../../../stores/session.ts";
import { listSessions, revokeOtherSessions, revokeSession, type ActiveSession } from "../api.ts";
import { describeDevice, formatDateTime } from "../format.ts";
import { securityMessages as m } from "../messages.ts";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

export function SessionsCard() {
  const intl = useIntl();
  const describeError = useErrorText();
  const [loaded, reload] = useLoader(listSessions);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();

  const act = async (id: string, action: () => Promise<unknown>) => {
    setBusy(id);
    setError(undefined);
    try {
      await action();
      reload();
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(caught);
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
          <FormattedMessage {...m.sessions} />
        </h2>
        {others.length > 0 && (
          <Button
            variant="secondary"
            busy={busy === "others"}
            busyLabel={intl.formatMessage(m.signingOut)}
            onClick={() => void act("others", revokeOtherSessions)}
          >
            <FormattedMessage {...m.signOutOthers} />
          </Button>
        )}
      </div>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {describeError(error)}
        </p>
      )}
      <LoadState loaded={loaded} onRetry={reload} />
      {loaded.state === "loaded" && (
        <ul className="item-list" aria-label={intl.formatMessage(m.sessions)}>
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
  const intl = useIntl();
  const { session } = props;
  const device = describeDevice(intl, session);
  const lastActiveAt = formatDateTime(intl, session.lastActiveAt);
  return (
    <li className="item-row">
      <div className="item-main">
        <span className="item-title">
          {device}
          {session.current && (
            <span className="badge">
              <FormattedMessage {...m.thisSessionBadge} />
            </span>
          )}
        </span>
        <span className="item-meta">
          <FormattedMessage
            {...m.sessionMeta}
            values={{
              client: session.client,
              hasIp: session.ip === null ? "no" : "yes",
              ip: session.ip ?? "",
              startedAt: formatDateTime(intl, session.startedAt),
              lastActiveAt,
            }}
          />
        </span>
      </div>
      {!session.current && (
        <div className="item-actions">
          <Button
            variant="secondary"
            busy={props.busy}
            busyLabel={intl.formatMessage(m.signingOut)}
            onClick={props.onSignOut}
            aria-label={intl.formatMessage(m.signOutLabel, { device, lastActiveAt })}
          >
            <FormattedMessage {...m.signOut} />
          </Button>
        </div>
      )}
    </li>
  );
}
