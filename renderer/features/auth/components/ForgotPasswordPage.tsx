// Forgot password: ask for a reset link. The answer is the same whether or not the address has
// an account, so the page never reveals who does.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { requestResetLink } from "../api.ts";
import { authMessages as m } from "../messages.ts";

export function ForgotPasswordPage(props: { initialEmail: string; onBack: () => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [email, setEmail] = useState(props.initialEmail);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setError(undefined);
    setBusy(true);
    try {
      await requestResetLink(trimmed);
      setSent(true);
    } catch (caught) {
      setError(apiErrorOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="forgot-title">
        <Logo />
        <h1 id="forgot-title" className="login-title">
          <FormattedMessage {...m.forgotTitle} />
        </h1>
        {!sent ? (
          <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
            <p className="login-subtitle">
              <FormattedMessage {...m.forgotPrompt} />
            </p>
            {error !== undefined && (
              <div className="alert alert-error" role="alert">
                <AlertIcon size={18} />
                <span>{describeError(error)}</span>
              </div>
            )}
            <TextField
              label={intl.formatMessage(m.companyEmail)}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              autoFocus
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={invalid ? intl.formatMessage(m.emailInvalid) : undefined}
            />
            <Button
              type="submit"
              busy={busy}
              busyLabel={intl.formatMessage(m.sending)}
              className="button-block"
            >
              <FormattedMessage {...m.sendLink} />
            </Button>
          </form>
        ) : (
          <div className="alert alert-success" role="status">
            <CheckIcon size={18} />
            <span>
              <FormattedMessage {...m.linkSent} />
            </span>
          </div>
        )}
        <div className="login-links">
          <button type="button" className="link-button" onClick={props.onBack}>
            <FormattedMessage {...m.backToSignIn} />
          </button>
        </div>
      </main>
    </div>
  );
}
