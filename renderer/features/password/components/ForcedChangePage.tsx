// Shown instead of the portal when the password must change first: a temporary password from
// the admin, or one past its maximum age (docs/design.md §1.1).
import { Logo } from "../../../components/Logo.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import type { Me } from "../../../lib/types.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

export function ForcedChangePage(props: { me: Me; onChanged: () => void; onSignOut: () => void }) {
  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="forced-title">
        <Logo />
        <h1 id="forced-title" className="login-title">
          Choose a new password
        </h1>
        <div className="alert alert-info">
          <InfoIcon size={18} />
          <span>
            {props.me.passwordExpiresAt !== null &&
            new Date(props.me.passwordExpiresAt).getTime() <= Date.now()
              ? "Your password has expired. Choose a new one to continue."
              : "Your administrator set a temporary password. Choose your own to continue."}
          </span>
        </div>
        <ChangePasswordForm submitLabel="Save and continue" onChanged={props.onChanged} />
      </main>
      <p className="login-footer">
        Not {props.me.email}?{" "}
        <button type="button" className="link-button" onClick={props.onSignOut}>
          Sign out
        </button>
      </p>
    </div>
  );
}
