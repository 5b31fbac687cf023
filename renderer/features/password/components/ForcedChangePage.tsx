// Shown instead of the portal when the password must change first: a temporary password from
// the admin, or one past its maximum age (docs/design.md §1.1).
import { FormattedMessage, useIntl } from "react-intl";
import { Logo } from "../../../components/Logo.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import type { Me } from "../../../lib/types.ts";
import { passwordMessages as m } from "../messages.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

export function ForcedChangePage(props: { me: Me; onChanged: () => void; onSignOut: () => void }) {
  const intl = useIntl();
  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="forced-title">
        <Logo />
        <h1 id="forced-title" className="login-title">
          <FormattedMessage {...m.forcedTitle} />
        </h1>
        <div className="alert alert-info">
          <InfoIcon size={18} />
          <span>
            <FormattedMessage
              {...(props.me.passwordExpiresAt !== null &&
              new Date(props.me.passwordExpiresAt).getTime() <= Date.now()
                ? m.forcedExpired
                : m.forcedTemporary)}
            />
          </span>
        </div>
        <ChangePasswordForm
          submitLabel={intl.formatMessage(m.saveAndContinue)}
          onChanged={props.onChanged}
        />
      </main>
      <p className="login-footer">
        <FormattedMessage
          {...m.notYou}
          values={{
            email: props.me.email,
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
