// The page a reset link opens (/reset-password#token=…): the link is checked first, so a used,
// expired or bogus one says so at once and offers a new one; then a new password that meets
// the policy, and — when the account has MFA — a code or recovery code before it takes effect.
// The token travels in the fragment, so it never reaches server logs or Referer headers.
import { useEffect, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import { codeProblem, OneTimeCodeField } from "../../../components/OneTimeCodeField.tsx";
import { CheckIcon, InfoIcon } from "../../../components/StatusIcons.tsx";
import { useErrorText, useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { checkResetLink, resetPassword } from "../api.ts";
import { passwordMessages as m } from "../messages.ts";
import { usePasswordRules } from "../use-password-rules.ts";
import { newPasswordProblems } from "../new-password.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";

type LinkState = "checking" | "valid" | { invalid: Problem };

export function ResetPasswordPage(props: {
  token: string | undefined;
  onDone: () => void;
  onRequestNewLink: () => void;
}) {
  const { token } = props;
  const intl = useIntl();
  const describeError = useErrorText();
  const showProblem = useProblemText();
  const [link, setLink] = useState<LinkState>(() =>
    token === undefined ? { invalid: m.linkIncomplete } : "checking",
  );
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<{
    password?: Problem;
    confirmation?: Problem;
    code?: Problem;
  }>({});
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState("");
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const rules = usePasswordRules(password, props.token);

  useEffect(() => {
    if (token === undefined) {
      return;
    }
    let current = true;
    checkResetLink(token).then(
      () => current && setLink("valid"),
      (caught: unknown) => current && setLink({ invalid: apiErrorOf(caught) }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = newPasswordProblems(password, confirmation, rules);
    const codeIssue = needsCode ? codeProblem(code) : undefined;
    if (local !== undefined || codeIssue !== undefined || props.token === undefined) {
      setProblems({ ...local, ...(codeIssue === undefined ? {} : { code: codeIssue }) });
      return;
    }
    setBusy(true);
    setError(undefined);
    setProblems({});
    try {
      await resetPassword(props.token, password, needsCode ? code : undefined);
      setDone(true);
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      if (apiError.code === "RESET_LINK_INVALID") {
        setLink({ invalid: apiError }); // used meanwhile, or expired while typing
      } else if (apiError.code === "MFA_REQUIRED") {
        setNeedsCode(true); // the password is kept; the code finishes the reset
      } else if (apiError.field === "code") {
        setCode("");
        setProblems({ code: apiError });
      } else if (apiError.field === "newPassword") {
        setProblems({ password: apiError });
      } else {
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-layout">
      <main className="login-card" aria-labelledby="reset-title">
        <Logo />
        <h1 id="reset-title" className="login-title">
          <FormattedMessage
            {...(done ? m.resetDone : typeof link === "object" ? m.linkBroken : m.forcedTitle)}
          />
        </h1>
        {done ? (
          <>
            <div className="alert alert-success" role="status">
              <CheckIcon size={18} />
              <span>
                <FormattedMessage {...m.signedOutEverywhere} />
              </span>
            </div>
            <Button className="button-block" onClick={props.onDone}>
              <FormattedMessage {...m.goToSignIn} />
            </Button>
          </>
        ) : link === "checking" ? (
          <p className="login-subtitle" role="status">
            <FormattedMessage {...m.checkingLink} />
          </p>
        ) : link !== "valid" ? (
          <>
            <div className="alert alert-error" role="alert">
              <AlertIcon size={18} />
              <span>{showProblem(link.invalid)}</span>
            </div>
            <div className="login-form">
              <Button className="button-block" onClick={props.onRequestNewLink}>
                <FormattedMessage {...m.sendNewLink} />
              </Button>
              <Button variant="secondary" className="button-block" onClick={props.onDone}>
                <FormattedMessage {...m.backToSignIn} />
              </Button>
            </div>
          </>
        ) : (
          <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
            {error !== undefined && (
              <div className="alert alert-error" role="alert">
                <AlertIcon size={18} />
                <span>{describeError(error)}</span>
              </div>
            )}
            <NewPasswordFields
              password={password}
              confirmation={confirmation}
              onPasswordChange={setPassword}
              onConfirmationChange={setConfirmation}
              rules={rules}
              passwordError={showProblem(problems.password)}
              confirmationError={showProblem(problems.confirmation)}
            />
            {needsCode && (
              <>
                <div className="alert alert-info" role="status">
                  <InfoIcon size={18} />
                  <span>
                    <FormattedMessage {...m.needsCode} />
                  </span>
                </div>
                <OneTimeCodeField
                  value={code}
                  onChange={setCode}
                  error={showProblem(problems.code)}
                  allowRecovery
                  autoFocus
                />
              </>
            )}
            <Button
              type="submit"
              busy={busy}
              busyLabel={intl.formatMessage(m.saving)}
              className="button-block"
            >
              <FormattedMessage {...m.reset} />
            </Button>
          </form>
        )}
      </main>
    </div>
  );
}
