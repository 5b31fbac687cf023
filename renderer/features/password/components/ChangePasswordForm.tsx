// Change password: current + new + confirm, with the live checklist (docs/design.md §1.2,
// Security). Used in Security and for the forced change after a temporary or expired password.
import { useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { type ApiError, apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { changePassword } from "../api.ts";
import { usePasswordRules } from "../use-password-rules.ts";
import { newPasswordProblems } from "../new-password.ts";
import { NewPasswordFields } from "./NewPasswordFields.tsx";

type Problems = { current?: string; password?: string; confirmation?: string; form?: string };

export function ChangePasswordForm(props: {
  submitLabel: string;
  onChanged: () => void;
  onError?: (error: ApiError) => boolean;
}) {
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
        ...(current === "" ? { current: "Enter your current password." } : {}),
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
          ? { current: apiError.message }
          : apiError.field === "newPassword"
            ? { password: apiError.message }
            : { form: apiError.message },
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
          <span>Your password was changed. Other devices were signed out.</span>
        </div>
      )}
      {problems.form !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{problems.form}</span>
        </div>
      )}
      <PasswordField
        label="Current password"
        name="current-password"
        autoComplete="current-password"
        maxLength={1024}
        value={current}
        onChange={(event) => {
          setCurrent(event.target.value);
          setDone(false);
        }}
        error={problems.current}
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
        passwordError={problems.password}
        confirmationError={problems.confirmation}
      />
      <div className="form-actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
