// New password + confirmation, with the live policy checklist and the strength meter, both from
// the server's verdict on what is typed.
import { useId } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { PasswordField } from "../../../components/PasswordField.tsx";
import { passwordMessages as m } from "../messages.ts";
import { describeStrength } from "../new-password.ts";
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
  const intl = useIntl();
  const checklistId = useId();
  const strengthId = useId();
  const strength = describeStrength(props.password, props.rules);
  return (
    <>
      <PasswordField
        label={intl.formatMessage(m.new)}
        name="new-password"
        autoComplete="new-password"
        maxLength={1024}
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.target.value)}
        error={props.passwordError}
        aria-describedby={
          [props.password === "" ? "" : strengthId, props.rules === undefined ? "" : checklistId]
            .filter(Boolean)
            .join(" ") || undefined
        }
      />
      {/* From the first keystroke on: an empty meter would only be noise. */}
      {props.password !== "" && (
        <div className="strength" id={strengthId} data-level={strength.level}>
          <span className="strength-bar" aria-hidden="true">
            <span />
            <span />
            <span />
            <span />
          </span>
          <span>
            {strength.level === 0 ? (
              <FormattedMessage {...m.strengthChecking} />
            ) : (
              <FormattedMessage
                {...m.strength}
                values={{ level: intl.formatMessage(strength.label) }}
              />
            )}
          </span>
        </div>
      )}
      {props.rules !== undefined && (
        <PasswordChecklist rules={props.rules.rules} id={checklistId} />
      )}
      <PasswordField
        label={intl.formatMessage(m.confirmNew)}
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
