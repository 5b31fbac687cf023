// Security: for now the current session's timing, and an honest note on what comes here. The
// password, MFA, device login and SSH key sections arrive with their server features.
import { EmptyState } from "../../../components/EmptyState.tsx";
import { ShieldIcon } from "../../../components/Icons.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import type { Me } from "../../../lib/types.ts";

export function SecurityPage({ me }: { me: Me }) {
  return (
    <>
      <PageHeader
        title="Security"
        description="How you sign in, and how your account is protected."
      />
      <div className="card-stack">
        <section className="card" aria-labelledby="section-this-session">
          <h2 id="section-this-session" className="card-title">
            This session
          </h2>
          <dl className="detail-list">
            <div className="detail-row">
              <dt>Signed in</dt>
              <dd>{formatDateTime(me.session.verifiedAt)}</dd>
            </div>
            <div className="detail-row">
              <dt>Session ends</dt>
              <dd>{formatDateTime(me.session.expiresAt)}</dd>
            </div>
          </dl>
        </section>
        <EmptyState icon={<ShieldIcon size={28} />} title="More settings are on the way">
          <p>
            Password, multi-factor authentication, device login and SSH key settings are not
            available on this server yet. To change your password, contact your IT administrator.
          </p>
        </EmptyState>
      </div>
    </>
  );
}

function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
