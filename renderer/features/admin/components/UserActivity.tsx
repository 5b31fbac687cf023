// Where the user is signed in and with what: sessions (sign one out), enrolled devices (revoke),
// device logins, SSH keys and groups — and the newest events that concern them, in words.
import type { ReactNode } from "react";
import { FormattedMessage, useIntl, type IntlShape, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { auditEventTitle, auditReasonText } from "../../../lib/audit-event-text.ts";
import { activityMessages as m } from "../activity-messages.ts";
import { endSession, revokeDevice, type AdminUserDetail } from "../api.ts";
import { useAction } from "../use-action.ts";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

function when(intl: IntlShape, iso: string | null): ReactNode {
  return iso === null ? (
    intl.formatMessage(m.never)
  ) : (
    <time dateTime={iso}>{intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
}

type Session = AdminUserDetail["sessions"][number];

/** Between the parts of a line under a title; a mark, not words. */
const separator = " · ";

function deviceOf(intl: IntlShape, session: Session): string {
  const values = {
    browser: session.browser ?? "",
    system: session.system ?? "",
    hasBrowser: session.browser === null ? "no" : "yes",
    hasSystem: session.system === null ? "no" : "yes",
  };
  if (session.client === "desktop") {
    return intl.formatMessage(m.deviceDesktop, values);
  }
  return session.browser === null && session.system === null
    ? intl.formatMessage(m.unknownDevice)
    : intl.formatMessage(m.deviceWeb, values);
}

export function UserActivity(props: {
  detail: AdminUserDetail;
  onDone: (message: MessageDescriptor) => void;
}) {
  const intl = useIntl();
  const { detail } = props;
  const { run, busyWith, errorText } = useAction();
  const act = (id: string, action: () => Promise<unknown>, message: MessageDescriptor) =>
    run(async () => {
      await action();
      props.onDone(message);
    }, id);

  return (
    <>
      <ErrorAlert message={errorText} />
      <ListCard id="section-sessions" title={m.sessions} empty={m.noSessions}>
        {detail.sessions.map((session) => {
          const device = deviceOf(intl, session);
          return (
            <li key={session.id} className="console-row">
              <span>
                <strong>{device}</strong>
                <span className="console-muted">
                  <FormattedMessage
                    {...m.sessionMeta}
                    values={{
                      hasIp: session.ip === null ? "no" : "yes",
                      ip: <span translate="no">{session.ip}</span>,
                      when: when(intl, session.lastActiveAt),
                    }}
                  />
                </span>
              </span>
              <Button
                variant="secondary"
                busy={busyWith === session.id}
                busyLabel={intl.formatMessage(m.signingOut)}
                aria-label={intl.formatMessage(m.signOutLabel, { device })}
                onClick={() =>
                  void act(session.id, () => endSession(detail.user.id, session.id), m.sessionEnded)
                }
              >
                <FormattedMessage {...m.signOut} />
              </Button>
            </li>
          );
        })}
      </ListCard>
      <ListCard id="section-devices" title={m.devices} empty={m.noDevices}>
        {detail.devices.map((device) => (
          <li key={device.id} className="console-row">
            <span>
              <strong translate="no">{device.name}</strong>
              <span className="console-muted">
                <FormattedMessage
                  {...m.deviceMeta}
                  values={{
                    os: <span translate="no">{device.os}</span>,
                    version: <span translate="no">{device.appVersion}</span>,
                    when: when(intl, device.lastSeenAt),
                  }}
                />
              </span>
            </span>
            <Button
              variant="secondary"
              busy={busyWith === device.id}
              busyLabel={intl.formatMessage(m.revoking)}
              aria-label={intl.formatMessage(m.revokeLabel, { name: device.name })}
              onClick={() => void act(device.id, () => revokeDevice(device.id), m.deviceRevoked)}
            >
              <FormattedMessage {...m.revoke} />
            </Button>
          </li>
        ))}
      </ListCard>
      <ListCard id="section-device-logins" title={m.passkeys} empty={m.noPasskeys}>
        {detail.passkeys.map((passkey) => (
          <li key={passkey.id} className="console-row">
            <span>
              <strong translate="no">{passkey.name}</strong>
              <span className="console-muted">
                <FormattedMessage
                  {...m.lastUsed}
                  values={{ when: when(intl, passkey.lastUsedAt) }}
                />
              </span>
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard id="section-ssh-keys" title={m.sshKeys} empty={m.noSshKeys}>
        {detail.sshKeys.map((key) => (
          <li key={key.id} className="console-row" translate="no">
            <span>
              <strong>{key.name}</strong>
              <span className="console-muted console-mono">{key.fingerprint}</span>
            </span>
          </li>
        ))}
      </ListCard>
      <ListCard id="section-groups" title={m.groups} empty={m.noGroups}>
        {detail.groups.map((group) => (
          <li key={group.id} className="console-row" translate="no">
            <strong>{group.name}</strong>
          </li>
        ))}
      </ListCard>
      <ListCard id="section-recent-history" title={m.history} empty={m.noHistory}>
        {detail.history.map((event) => {
          const reason = auditReasonText(intl, event.reason);
          const byOther = event.actorEmail !== null && event.actorId !== detail.user.id;
          return (
            <li key={event.id} className="console-row">
              <span>
                <strong>{auditEventTitle(intl, event.event)}</strong>
                <span className="console-muted">
                  {when(intl, event.at)}
                  {reason !== undefined && <span>{separator + reason}</span>}
                  {byOther && (
                    <span>
                      {separator}
                      <FormattedMessage
                        {...m.by}
                        values={{ email: <span translate="no">{event.actorEmail}</span> }}
                      />
                    </span>
                  )}
                </span>
              </span>
            </li>
          );
        })}
      </ListCard>
    </>
  );
}

function ListCard(props: {
  id: string;
  title: MessageDescriptor;
  empty: MessageDescriptor;
  children: ReactNode[];
}) {
  return (
    <section className="card" aria-labelledby={props.id}>
      <h2 id={props.id} className="card-title">
        <FormattedMessage {...props.title} />
      </h2>
      {props.children.length === 0 ? (
        <p className="card-note">
          <FormattedMessage {...props.empty} />
        </p>
      ) : (
        <ul className="console-list" aria-labelledby={props.id}>
          {props.children}
        </ul>
      )}
    </section>
  );
}
