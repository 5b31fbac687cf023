// Words the shared components use (buttons every dialog has, the code field, copy and show).
import { defineMessages } from "../../locales/define-messages.ts";

export const commonMessages = defineMessages({
  cancel: {
    id: "common.cancel",
    defaultMessage: "Cancel",
    description: "Button: close a dialog or form without changing anything",
  },
  close: {
    id: "common.close",
    defaultMessage: "Close",
    description: "Button: close an information dialog",
  },
  dismiss: {
    id: "common.dismiss",
    defaultMessage: "Dismiss",
    description: "Button: hide a notice at the bottom of the window",
  },
  copied: {
    id: "common.copied",
    defaultMessage: "Copied",
    description: "Button label for a moment after its value was copied to the clipboard",
  },
  copiedAnnouncement: {
    id: "common.copiedAnnouncement",
    defaultMessage: "Copied to the clipboard.",
    description: "Said by screen readers after a value was copied",
  },
  copyRefused: {
    id: "common.copyRefused",
    defaultMessage: "The browser did not allow copying. Select the text and copy it yourself.",
    description: "Error: the clipboard is blocked",
  },
  showPassword: {
    id: "common.showPassword",
    defaultMessage: "Show {field}",
    description:
      "Button (icon) that reveals what was typed in a password field; field is the field's label, e.g. 'New password'",
  },
  hidePassword: {
    id: "common.hidePassword",
    defaultMessage: "Hide {field}",
    description: "Button (icon) that hides a revealed password again; field is the field's label",
  },
  totpCodeLabel: {
    id: "common.totpCodeLabel",
    defaultMessage: "6-digit code from your authenticator app",
    description: "Label of the field for a TOTP code",
  },
  recoveryCodeLabel: {
    id: "common.recoveryCodeLabel",
    defaultMessage: "Recovery code",
    description: "Label of the field for a single-use recovery code",
  },
  useRecoveryCode: {
    id: "common.useRecoveryCode",
    defaultMessage: "Use a recovery code instead",
    description: "Link button: switch the code field to a recovery code",
  },
  useAuthenticator: {
    id: "common.useAuthenticator",
    defaultMessage: "Use your authenticator app instead",
    description: "Link button: switch the code field back to a TOTP code",
  },
  enterCode: {
    id: "common.enterCode",
    defaultMessage: "Enter the code.",
    description: "Error under the code field: it is empty",
  },
  codeHasSixDigits: {
    id: "common.codeHasSixDigits",
    defaultMessage: "The code has 6 digits.",
    description: "Error under the code field: wrong number of digits",
  },
  recoveryCodePlaceholder: {
    id: "common.recoveryCodePlaceholder",
    defaultMessage: "xxxx-xxxx-xxxx-xxxx",
    description: "Placeholder showing a recovery code's shape (Latin letters and digits)",
  },
  recoveryCodeShape: {
    id: "common.recoveryCodeShape",
    defaultMessage: "A recovery code has 16 letters and digits.",
    description: "Error under the code field: not shaped like a recovery code",
  },
  loading: {
    id: "common.loading",
    defaultMessage: "Loading…",
    description: "Said while a list or page is being fetched",
  },
  brand: {
    id: "common.brand",
    defaultMessage: "Gatehouse",
    description: "The product's name, as the logo shows it. Usually left untranslated",
  },
});
