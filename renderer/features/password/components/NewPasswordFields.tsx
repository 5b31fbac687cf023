// New password + confirmation with the live policy checklist under them.
import { useId } from "react";
import { TextField } from "../../../components/TextField.tsx";
import type { JudgedRules } from "../use-password-rules.ts";
import { PasswordChecklist } from "./PasswordChecklist.tsx";

export function NewPasswordFields(props: {
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  rules: JudgedRules | undefined;
  passwordError: string | undefined;
  confirmationError: string | undefined;
}) {
  const checklistId = useId();
  return (
    <>
      <TextField
        label="New password"
        type="password"
        name="new-password"
        autoComplete="new-password"
        maxLength={1024}
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.target.value)}
        error={props.passwordError}
        aria-describedby={checklistId}
      />
      {props.rules !== undefined && (
        <PasswordChecklist rules={props.rules.rules} id={checklistId} />
      )}
      <TextField
        label="Confirm new password"
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        maxLength={1024}
        value={props.confirmation}
        onChange={(event) => props.onConfirmationChange(event.target.value)}
        error={props.confirmationError}
      />
    </>
  );
}

/** What is wrong before anything is sent, or undefined when the form may be submitted. */
export function newPasswordProblems(
  password: string,
  confirmation: string,
  rules: JudgedRules | undefined,
): { password?: string; confirmation?: string } | undefined {
  if (password === "") {
    return { password: "Enter a new password." };
  }
  // A verdict on an older keystroke proves nothing; the server judges the save anyway.
  const current = rules?.password === password ? rules : undefined;
  if (current?.rules.some((rule) => rule.met === false) === true) {
    return { password: "The new password does not meet every requirement yet." };
  }
  if (confirmation !== password) {
    return { confirmation: "The passwords do not match." };
  }
  return undefined;
}
