// The words for each of the server's stable error codes (server/schemas/errors.ts); the type
// check fails when a code has none. The portal's own codes are in error-messages.ts.
import type { MessageDescriptor } from "react-intl";
import { defineMessages } from "../../locales/define-messages.ts";
import type { ErrorCode } from "../../server/schemas/errors.ts";
import { adminErrors } from "./admin-error-messages.ts";
import { pushErrors } from "./push-error-messages.ts";
import { requestErrors } from "./request-error-messages.ts";

export const serverErrors = {
  ...pushErrors,
  ...requestErrors,
  ...adminErrors,
  ...defineMessages({
    VALIDATION_FAILED: {
      id: "error.VALIDATION_FAILED",
      defaultMessage:
        "{reason, select, username_taken {Someone already has this username.} not_a_date {Enter a real date, like 2024-03-18.} empty {This field cannot be empty.} email_taken {Another user has this email.} name_taken {Another group has this name.} disabled {The account is disabled: enable it first.} not_invited {This person has already chosen a password, so there is no invitation to send.} other {Check what you entered and try again.}}",
      description:
        "Error: the server refused an input; reason says which check failed (disabled and not_invited: an admin sent an invitation again)",
    },
    MALFORMED_JSON: {
      id: "error.MALFORMED_JSON",
      defaultMessage: "The portal sent a request the server could not read. Reload the page.",
      description: "Error: a request body was not valid JSON (a bug or a broken proxy)",
    },
    MALFORMED_URL: {
      id: "error.MALFORMED_URL",
      defaultMessage: "The address is broken. Open the page again from the portal.",
      description: "Error: the address has a broken %-escape",
    },
    PASSWORD_POLICY_VIOLATION: {
      id: "error.PASSWORD_POLICY_VIOLATION",
      defaultMessage:
        "{reason, select, reused {You used this password recently. Choose one that is not among your last {historyCount, plural, one {# password} other {# passwords}}.} other {The new password does not meet every requirement.}}",
      description: "Error: a new password breaks the organization's password policy",
    },
    RESET_LINK_INVALID: {
      id: "error.RESET_LINK_INVALID",
      defaultMessage: "This reset link has expired or was already used. Ask for a new one.",
      description: "Error: a password reset link is expired, used or unknown",
    },
    SSH_KEY_INVALID: {
      id: "error.SSH_KEY_INVALID",
      defaultMessage:
        "{reason, select, empty {Paste your public key: the one line of your .pub file (e.g. ~/.ssh/id_ed25519.pub).} too_large {That is far too long for a public key.} private_key {That is a PRIVATE key. Never paste a private key anywhere: paste the .pub file instead, and if this key is used anywhere, replace it.} multiple_keys {Add one key at a time: a single line, or a single BEGIN … END block.} control_characters {The key contains control characters (perhaps from a terminal). Copy the .pub file’s line again as plain text.} not_a_public_key {That block is not a public key (a certificate, perhaps). Paste the one line of your .pub file.} options {That line starts with authorized_keys options ({options}). Paste the line from its key type (ssh-ed25519, ecdsa-sha2-… or ssh-rsa) on, without the options.} invalid_key {That key’s numbers do not form a valid public key. Generate a new key (ssh-keygen -t ed25519) and paste its .pub line.} unsupported_type {That key type is not accepted. Use Ed25519, ECDSA, RSA or a security key.} weak_rsa {RSA keys must have at least {minBits, number} bits. Generate an Ed25519 key instead.} rsa_too_large {RSA keys can have at most {maxBits, number} bits. Generate an Ed25519 key instead.} too_many {You can keep at most {max, number} SSH keys. Remove one you no longer use.} other {That is not a valid SSH public key. Paste the one line of your .pub file: it starts with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa.}}",
      description:
        "Error: a pasted SSH public key was refused; reason says why. Keep file names, key types and commands as they are",
    },
    CONNECT_KEY_INVALID: {
      id: "error.CONNECT_KEY_INVALID",
      defaultMessage:
        "{reason, select, expired {That connect key has expired. Generate a new one in Security.} other {That connect key is not valid. Check it, or generate a new one in Security.}}",
      description: "Error: a device connect key is expired or unknown",
    },
    DEVICE_PROOF_INVALID: {
      id: "error.DEVICE_PROOF_INVALID",
      defaultMessage:
        "{reason, select, device_revoked {This device’s enrollment was revoked. Ask your IT administrator.} other {This device could not prove it is enrolled. Ask your IT administrator.}}",
      description: "Error: the desktop app's device proof was refused",
    },
    PASSKEY_INVALID: {
      id: "error.PASSKEY_INVALID",
      defaultMessage: "Device login did not work. Try again or use your password.",
      description: "Error: a Touch ID / Windows Hello answer was refused",
    },
    PASSKEY_CHALLENGE_INVALID: {
      id: "error.PASSKEY_CHALLENGE_INVALID",
      defaultMessage: "That attempt expired. Try again.",
      description: "Error: a device login attempt took too long",
    },
    EVENT_NOT_REPORTABLE: {
      id: "error.EVENT_NOT_REPORTABLE",
      defaultMessage:
        "Only sign-ins and changes to how you sign in can be reported. Contact your IT administrator about anything else.",
      description: "Error: the user tried to report an event that cannot be reported",
    },
    AUTH_REQUIRED: {
      id: "error.AUTH_REQUIRED",
      defaultMessage: "Sign in to continue.",
      description: "Error: the session is gone",
    },
    AUTH_INVALID_CREDENTIALS: {
      id: "error.AUTH_INVALID_CREDENTIALS",
      defaultMessage: "The email or password is incorrect.",
      description: "Error at sign-in: wrong email or password (never says which)",
    },
    LOGIN_FLOW_EXPIRED: {
      id: "error.LOGIN_FLOW_EXPIRED",
      defaultMessage: "Your sign-in timed out. Enter your email again.",
      description: "Error at sign-in: the sign-in took longer than ten minutes",
    },
    REVERIFICATION_REQUIRED: {
      id: "error.REVERIFICATION_REQUIRED",
      defaultMessage:
        "{reason, select, idle {You were away for a while. Enter your password to continue.} admin {Administrative changes need a recent verification. Enter your password to continue.} other {It is time to confirm it’s you. Enter your password to continue.}}",
      description: "Error: the session must be verified again (after idle time or 12 hours)",
    },
    CURRENT_PASSWORD_INCORRECT: {
      id: "error.CURRENT_PASSWORD_INCORRECT",
      defaultMessage: "That password is incorrect.",
      description: "Error: the current password the user typed is wrong",
    },
    MFA_REQUIRED: {
      id: "error.MFA_REQUIRED",
      defaultMessage: "Enter the 6-digit code from your authenticator app, or a recovery code.",
      description: "Error: a second factor is needed as well",
    },
    MFA_CODE_INVALID: {
      id: "error.MFA_CODE_INVALID",
      defaultMessage:
        "{attemptsLeft, select, unknown {That code is not right. Enter the 6-digit code your authenticator app shows now, or a recovery code.} other {That code is not right. Enter the 6-digit code your authenticator app shows now, or a recovery code. {tries, plural, one {# try left.} other {# tries left.}}}}",
      description:
        "Error: a wrong authenticator or recovery code; tries is how many attempts remain (attemptsLeft is 'unknown' when the server did not say)",
    },
    MFA_CODE_REPLAYED: {
      id: "error.MFA_CODE_REPLAYED",
      defaultMessage:
        "{attemptsLeft, select, unknown {That code was already used. Wait for the next code in your authenticator app.} other {That code was already used. Wait for the next code in your authenticator app. {tries, plural, one {# try left.} other {# tries left.}}}}",
      description:
        "Error: an authenticator code was used before; tries is how many attempts remain",
    },
    MFA_TOO_MANY_ATTEMPTS: {
      id: "error.MFA_TOO_MANY_ATTEMPTS",
      defaultMessage: "Too many wrong codes. Start again with your email and password.",
      description: "Error at sign-in: too many wrong codes in one attempt",
    },
    CSRF_ORIGIN_MISMATCH: {
      id: "error.CSRF_ORIGIN_MISMATCH",
      defaultMessage: "This request did not come from the portal. Reload the page and try again.",
      description: "Error: a request came from another site",
    },
    ADMIN_REQUIRED: {
      id: "error.ADMIN_REQUIRED",
      defaultMessage:
        "This account has no admin access. Sign in to the user portal instead, or ask your IT administrator for access.",
      description: "Error: a non-admin tried the admin portal",
    },
    PASSWORD_CHANGE_REQUIRED: {
      id: "error.PASSWORD_CHANGE_REQUIRED",
      defaultMessage: "Choose a new password before you continue.",
      description: "Error: the password expired and must be changed first",
    },
    PROFILE_READ_ONLY: {
      id: "error.PROFILE_READ_ONLY",
      defaultMessage:
        "Your organization manages these details. Contact your IT administrator to change them.",
      description: "Error: the admin made profiles read-only",
    },
    DEVICE_LOGIN_DISABLED: {
      id: "error.DEVICE_LOGIN_DISABLED",
      defaultMessage: "Your organization has not turned on device login.",
      description: "Error: device login is off by policy",
    },
    DEVICE_PROOF_REQUIRED: {
      id: "error.DEVICE_PROOF_REQUIRED",
      defaultMessage: "Device login works only on devices enrolled with your organization.",
      description: "Error: device login needs an enrolled device",
    },
    RECENT_VERIFICATION_REQUIRED: {
      id: "error.RECENT_VERIFICATION_REQUIRED",
      defaultMessage: "Confirm it’s you before changing how you sign in.",
      description: "Error: a security change needs a verification from the last few minutes",
    },
    MFA_ENROLLMENT_REQUIRED: {
      id: "error.MFA_ENROLLMENT_REQUIRED",
      defaultMessage:
        "Your organization requires multi-factor authentication. Set up an authenticator app to continue.",
      description: "Error: the user must set up an authenticator app first",
    },
    MFA_REQUIRED_BY_POLICY: {
      id: "error.MFA_REQUIRED_BY_POLICY",
      defaultMessage:
        "Your organization requires multi-factor authentication. You can replace your authenticator app, but not remove it.",
      description: "Error: the user tried to remove a required authenticator app",
    },
    NOT_FOUND: {
      id: "error.NOT_FOUND",
      defaultMessage: "That is no longer there. Reload the page to see what is.",
      description: "Error: the thing acted on no longer exists",
    },
    USER_NOT_FOUND: {
      id: "error.USER_NOT_FOUND",
      defaultMessage: "No such user.",
      description: "Error: an unknown user",
    },
    APP_NOT_FOUND: {
      id: "error.APP_NOT_FOUND",
      defaultMessage: "This app is not assigned to you any more.",
      description: "Error: the app is unknown or no longer assigned",
    },
    GROUP_NOT_FOUND: {
      id: "error.GROUP_NOT_FOUND",
      defaultMessage: "No such group.",
      description: "Error: an unknown group",
    },
    DEVICE_NOT_FOUND: {
      id: "error.DEVICE_NOT_FOUND",
      defaultMessage: "That device is not enrolled to your account.",
      description: "Error: an unknown device",
    },
    PASSKEY_NOT_FOUND: {
      id: "error.PASSKEY_NOT_FOUND",
      defaultMessage: "Device login is not set up on this device. Set it up in Security.",
      description: "Error: no device login on this device",
    },
    USER_EXISTS: {
      id: "error.USER_EXISTS",
      defaultMessage: "A user with this email already exists.",
      description: "Error: the email is taken",
    },
    SSH_KEY_DUPLICATE: {
      id: "error.SSH_KEY_DUPLICATE",
      defaultMessage: "This key is already on your account.",
      description: "Error: the SSH key was added before",
    },
    MFA_SETUP_NOT_STARTED: {
      id: "error.MFA_SETUP_NOT_STARTED",
      defaultMessage: "Start the setup again: scan the new QR code, then enter its code.",
      description: "Error: the authenticator setup expired or was not started",
    },
    MFA_NOT_ENABLED: {
      id: "error.MFA_NOT_ENABLED",
      defaultMessage: "No authenticator app is set up.",
      description: "Error: the user has no authenticator app",
    },
    PAYLOAD_TOO_LARGE: {
      id: "error.PAYLOAD_TOO_LARGE",
      defaultMessage: "That is too much text to send at once.",
      description: "Error: the request body is too large",
    },
    URL_TOO_LONG: {
      id: "error.URL_TOO_LONG",
      defaultMessage: "The address is too long. Open the page again from the portal.",
      description: "Error: the address is longer than any Gatehouse link",
    },
    UNSUPPORTED_MEDIA_TYPE: {
      id: "error.UNSUPPORTED_MEDIA_TYPE",
      defaultMessage: "The portal sent a request the server could not read. Reload the page.",
      description: "Error: the request was not JSON (a bug or a broken proxy)",
    },
    AUTH_LOCKED: {
      id: "error.AUTH_LOCKED",
      defaultMessage:
        "{reason, select, reported_compromise {Your account is locked because you reported activity on it that you did not recognize. Your IT administrator has been told: contact them to unlock it and choose a new password.} timed {Your account is locked after too many failed sign-in attempts. Try again after {until}, or contact your IT administrator.} other {Your account is locked after too many failed sign-in attempts. Contact your IT administrator to unlock it.}}",
      description:
        "Error: the account is locked; until is a time (today) or a date and time when the lock ends",
    },
    RATE_LIMITED: {
      id: "error.RATE_LIMITED",
      defaultMessage: "Too many attempts from this network. Wait a minute and try again.",
      description: "Error: too many requests from one address",
    },
    INTERNAL_ERROR: {
      id: "error.INTERNAL_ERROR",
      defaultMessage: "Something went wrong on the server. Try again in a moment.",
      description: "Error: the server failed (details are in its log, never shown)",
    },
    NOT_READY: {
      id: "error.NOT_READY",
      defaultMessage: "The server is starting or cannot reach its database. Try again in a moment.",
      description: "Error: the server is not ready",
    },
    SERVICE_UNAVAILABLE: {
      id: "error.SERVICE_UNAVAILABLE",
      defaultMessage:
        "Gatehouse is restarting or cannot reach its database. Try again in a moment.",
      description: "Error: the server is restarting or its database is down",
    },
    API_TOKEN_INVALID: {
      id: "error.API_TOKEN_INVALID",
      defaultMessage: "This API token is not valid, revoked or expired.",
      description: "Error for API clients: the Bearer token is refused (rarely seen in the portal)",
    },
    API_TOKEN_SCOPE_MISSING: {
      id: "error.API_TOKEN_SCOPE_MISSING",
      defaultMessage: "This API token may not do this: it lacks the scope.",
      description: "Error for API clients: the token lacks the route's scope",
    },
    API_TOKEN_NOT_ACCEPTED: {
      id: "error.API_TOKEN_NOT_ACCEPTED",
      defaultMessage: "This is for the portal only; API tokens cannot do it.",
      description: "Error for API clients: the route takes no API token",
    },
    API_TOKEN_NOT_FOUND: {
      id: "error.API_TOKEN_NOT_FOUND",
      defaultMessage: "This API token no longer exists.",
      description: "Error: an admin acted on an API token that is gone",
    },
  }),
} satisfies Record<ErrorCode, MessageDescriptor>;
