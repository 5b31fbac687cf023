// The second-factor input: a 6-digit authenticator code, or — after "Use a recovery code" — one
// of the user's recovery codes. Used at sign-in, re-verification, password reset and setup.
import { useState, type Ref } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { commonMessages } from "./messages.ts";
import { TextField } from "./TextField.tsx";

export type CodeKind = "totp" | "recovery";

export function OneTimeCodeField(props: {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Offer the switch to a recovery code (not during setup, where none exist yet). */
  allowRecovery?: boolean;
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
}) {
  const [kind, setKind] = useState<CodeKind>("totp");
  const intl = useIntl();
  const totp = kind === "totp";
  return (
    <div className="code-field">
      <TextField
        ref={props.ref}
        label={intl.formatMessage(
          totp ? commonMessages.totpCodeLabel : commonMessages.recoveryCodeLabel,
        )}
        name={totp ? "one-time-code" : "recovery-code"}
        autoComplete={totp ? "one-time-code" : "off"}
        inputMode={totp ? "numeric" : "text"}
        spellCheck={false}
        autoCapitalize="off"
        autoFocus={props.autoFocus}
        maxLength={totp ? 7 : 32}
        placeholder={
          // eslint-disable-next-line formatjs/no-literal-string-in-jsx -- digits read alike everywhere
          totp ? "123456" : intl.formatMessage(commonMessages.recoveryCodePlaceholder)
        }
        className={`field-input${totp ? " code-input" : ""}`}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        error={props.error}
      />
      {props.allowRecovery === true && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setKind(totp ? "recovery" : "totp");
            props.onChange("");
          }}
        >
          <FormattedMessage
            {...(totp ? commonMessages.useRecoveryCode : commonMessages.useAuthenticator)}
          />
        </button>
      )}
    </div>
  );
}

/** What the field holds is worth sending: six digits, or something shaped like a recovery code. */
export function codeProblem(value: string): MessageDescriptor | undefined {
  const compact = value.replace(/[\s-]/g, "");
  if (compact === "") {
    return commonMessages.enterCode;
  }
  if (/^\d+$/.test(compact)) {
    return compact.length === 6 ? undefined : commonMessages.codeHasSixDigits;
  }
  return compact.length === 16 ? undefined : commonMessages.recoveryCodeShape;
}
