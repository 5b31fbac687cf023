// Re-verification (docs/design.md §5): after 12 hours, or after a while idle, the portal asks for
// the password again (and the second factor, for a user with MFA) — not for a whole new
// sign-in — and carries on where the user was.
import { Logo } from "../../../components/Logo.tsx";
import { LockIcon } from "../../../components/StatusIcons.tsx";
import { VerifyForm } from "./VerifyForm.tsx";

export function ReverifyPage(props: {
  email: string | undefined;
  onVerified: () => Promise<void>;
  onSignOut: () => void;
}) {
  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="reverify-title">
        <Logo />
        <h1 id="reverify-title" className="login-title">
          Confirm it’s you
        </h1>
        <div className="alert alert-info">
          <LockIcon size={18} />
          <span>
            For your security, Gatehouse asks for your password again every so often and after you
            have been away. You stay where you were.
          </span>
        </div>
        <VerifyForm
          email={props.email}
          submitLabel="Continue"
          onVerified={props.onVerified}
          onSessionEnded={props.onSignOut}
        />
      </main>
      <p className="login-footer">
        Not you?{" "}
        <button type="button" className="link-button" onClick={props.onSignOut}>
          Sign out
        </button>
      </p>
    </div>
  );
}
