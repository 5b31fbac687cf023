// Security: the sections the app composes in (password), this session's verification timing,
// active sessions, SSH keys and the sign-in history. MFA and device login arrive with their
// server features.
import type { ReactNode } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import type { Me } from "../../../lib/types.ts";
import "../security.css";
import { DesktopAppCard } from "./DesktopAppCard.tsx";
import { HistoryCard } from "./HistoryCard.tsx";
import { SessionsCard } from "./SessionsCard.tsx";
import { SshKeysCard } from "./SshKeysCard.tsx";

/**
 * The Security page. Other features' cards come in from the app: `children` (password, MFA) at
 * the top, `deviceLogin`, `devices` and `connectKey` in their places among this feature's own.
 */
export function SecurityPage({
  me,
  children,
  deviceLogin,
  devices,
  connectKey,
}: {
  me: Me;
  children?: ReactNode;
  deviceLogin?: ReactNode;
  devices?: ReactNode;
  connectKey?: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title="Security"
        description="How you sign in, and how your account is protected."
      />
      <div className="card-stack">
        {children}
        <section className="card" aria-labelledby="section-this-session">
          <h2 id="section-this-session" className="card-title">
            This session
          </h2>
          <dl className="detail-list">
            <div className="detail-row">
              <dt>Last verified</dt>
              <dd>{formatDateTime(me.session.verifiedAt)}</dd>
            </div>
            <div className="detail-row">
              <dt>Next verification due</dt>
              <dd>{formatDateTime(me.session.reverifyAt)}</dd>
            </div>
            <div className="detail-row">
              <dt>When idle</dt>
              <dd>We ask again after {me.session.idleMinutes} minutes without activity.</dd>
            </div>
          </dl>
        </section>
        {deviceLogin}
        <SessionsCard />
        <SshKeysCard email={me.email} />
        {devices}
        <DesktopAppCard />
        {connectKey}
        <HistoryCard />
      </div>
    </>
  );
}

function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
