// A password input with Show / Hide, so a long password can be checked before it is sent.
import { useState, type ComponentProps } from "react";
import { useIntl } from "react-intl";
import { EyeIcon, EyeOffIcon } from "./Icons.tsx";
import { commonMessages } from "./messages.ts";
import { TextField } from "./TextField.tsx";

export function PasswordField(props: Omit<ComponentProps<typeof TextField>, "type" | "trailing">) {
  const [visible, setVisible] = useState(false);
  const intl = useIntl();
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      trailing={
        <button
          type="button"
          className="field-action"
          aria-label={intl.formatMessage(
            visible ? commonMessages.hidePassword : commonMessages.showPassword,
            { field: props.label },
          )}
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? <EyeOffIcon size={18} /> : <EyeIcon size={18} />}
        </button>
      }
    />
  );
}
