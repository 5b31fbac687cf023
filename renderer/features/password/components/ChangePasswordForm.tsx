// Change password: current + new + confirm, with the live checklist (docs/design.md §1.2, Security).
// Used in Security and for the forced change after a temporary or expired password.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { changePassword } from "../api.ts";
import { passwordMessages as m } from "../messages.ts";
import { usePasswordRules } from "../use-password-rules.ts";
import { newPasswordProblems } from "../new-password.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";

type Problems = { current?: Problem; password?: Problem; confirmation?: Problem; form?: Problem };

export function ChangePasswordForm(props: {
  submitLabel: string;
  onChanged: () => void;
  onError?: (error: ApiError) => boolean;
}) {
  const intl = useIntl();
  const showProblem = useProblemText();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const rules = usePasswordRules(password);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = newPasswordProblems(password, confirmation, rules);
    if (current === "" || local !== undefined) {
      setProblems({
        ...(current === "" ? { current: m.enterCurrent } : {}),
        ...local,
      });
      return;
    }
    setBusy(true);
    setProblems({});
    try {
      await withRecentVerification(() => changePassword(current, password));
      setCurrent("");
      setPassword("");
      setConfirmation("");
      setDone(true);
      props.onChanged();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (props.onError?.(apiError) === true) {
        return;
      }
      setProblems(
        apiError.field === "currentPassword"
          ? { current: apiError }
          : apiError.field === "newPassword"
            ? { password: apiError }
            : { form: apiError },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
      {done && (
        <div className="alert alert-success" role="status">
          <CheckIcon size={18} />
          <span>
            <FormattedMessage {...m.changed} />
          </span>
        </div>
      )}
      {problems.form !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{showProblem(problems.form)}</span>
        </div>
      )}
      <PasswordField
        label={intl.formatMessage(m.current)}
        name="current-password"
        autoComplete="current-password"
        maxLength={1024}
        value={current}
        onChange={(event) => {
          setCurrent(event.target.value);
          setDone(false);
        }}
        error={showProblem(problems.current)}
      />
      <NewPasswordFields
        password={password}
        confirmation={confirmation}
        onPasswordChange={(value) => {
          setPassword(value);
          setDone(false);
        }}
        onConfirmationChange={setConfirmation}
        rules={rules}
        passwordError={showProblem(problems.password)}
        confirmationError={showProblem(problems.confirmation)}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.saving)}>
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
