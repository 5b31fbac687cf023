// Re-verification (docs/design.md §5): after 12 hours, or after a while idle, the portal asks for
// the password again (and the second factor, for a user with MFA) — not for a whole new
// sign-in — and carries on where the user was.
import { FormattedMessage, useIntl } from "react-intl";
import { Logo } from "../../../components/Logo.tsx";
import { LockIcon } from "../../../components/StatusIcons.tsx";
import { authMessages as m } from "../messages.ts";
import { VerifyForm } from "./VerifyForm.tsx";

export function ReverifyPage(props: {
  email: string | undefined;
  onVerified: () => Promise<void>;
  onSignOut: () => void;
}) {
  const intl = useIntl();
  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="reverify-title">
        <Logo />
        <h1 id="reverify-title" className="login-title">
          <FormattedMessage {...m.confirmTitle} />
        </h1>
        <div className="alert alert-info">
          <LockIcon size={18} />
          <span>
            <FormattedMessage {...m.reverifyExplanation} />
          </span>
        </div>
        <VerifyForm
          email={props.email}
          submitLabel={intl.formatMessage(m.continue)}
          onVerified={props.onVerified}
          onSessionEnded={props.onSignOut}
        />
      </main>
      <p className="login-footer">
        <FormattedMessage
          {...m.notYou}
          values={{
            button: (label) => (
              <button type="button" className="link-button" onClick={props.onSignOut}>
                {label}
              </button>
            ),
          }}
        />
      </p>
    </div>
  );
}
