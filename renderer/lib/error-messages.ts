// What the portal says for an error, by its stable code: the server's codes (server-error-messages.ts),
// the HTTP client's own (no network, timeout) and the desktop bridge's. The server's `message`
// is English for API clients and logs; the portal shows these, in the user's language, with the
// details the server sends as data (a lock's end, tries left, why a key was refused).
import { useIntl, type IntlShape, type MessageDescriptor } from "react-intl";
import { defineMessages } from "../../locales/define-messages.ts";
import { serverErrors } from "./server-error-messages.ts";

/** The portal's own codes: the HTTP client's, a cancelled prompt, and the desktop bridge's. */
const clientErrors = defineMessages({
  NETWORK: {
    id: "error.NETWORK",
    defaultMessage: "Cannot reach the server. Check your connection and try again.",
    description: "Error: no network connection to the portal's server",
  },
  TIMEOUT: {
    id: "error.TIMEOUT",
    defaultMessage: "The server took too long to answer. Try again.",
    description: "Error: the server did not answer within 15 seconds",
  },
  UNEXPECTED: {
    id: "error.UNEXPECTED",
    defaultMessage: "Something unexpected happened. Try again.",
    description: "Error: anything the portal has no better words for",
  },
  VERIFICATION_CANCELLED: {
    id: "error.VERIFICATION_CANCELLED",
    defaultMessage: "Nothing was changed.",
    description: "The user cancelled the confirmation a security change asked for",
  },
  NOT_DESKTOP: {
    id: "error.NOT_DESKTOP",
    defaultMessage: "Only the desktop app can do this.",
    description: "Error: a desktop-only action in a browser",
  },
  BRIDGE_FAILED: {
    id: "error.BRIDGE_FAILED",
    defaultMessage: "The desktop app did not answer.",
    description: "Error: the desktop app did not answer the page",
  },
  UNTRUSTED_ORIGIN: {
    id: "error.UNTRUSTED_ORIGIN",
    defaultMessage: "This page may not use the desktop app.",
    description: "Error: the desktop app refused a page from another address",
  },
  INVALID_ARGUMENTS: {
    id: "error.INVALID_ARGUMENTS",
    defaultMessage: "The desktop app refused the request.",
    description: "Error: the desktop app refused malformed input",
  },
  UPDATE_CHECK_FAILED: {
    id: "error.UPDATE_CHECK_FAILED",
    defaultMessage: "Could not check for updates right now.",
    description: "Error: the desktop app's update check failed",
  },
  OPEN_FAILED: {
    id: "error.OPEN_FAILED",
    defaultMessage: "The default browser could not be opened.",
    description: "Error: the desktop app could not open the system browser",
  },
  SSH_KEYGEN_MISSING: {
    id: "error.SSH_KEYGEN_MISSING",
    defaultMessage:
      "This computer has no ssh-keygen. Install OpenSSH, or make a key yourself and add its public key.",
    description: "Error: the OpenSSH ssh-keygen program is missing (keep 'ssh-keygen' as is)",
  },
  SSH_KEYGEN_FAILED: {
    id: "error.SSH_KEYGEN_FAILED",
    defaultMessage: "The key could not be made on this computer.",
    description: "Error: ssh-keygen failed",
  },
  NOT_ENROLLED: {
    id: "error.NOT_ENROLLED",
    defaultMessage: "This device is not enrolled with your organization yet.",
    description: "Error: the desktop app has no device key yet",
  },
  SECRET_STORE_UNAVAILABLE: {
    id: "error.SECRET_STORE_UNAVAILABLE",
    defaultMessage: "This computer’s keychain is not available to Gatehouse.",
    description: "Error: the OS keychain / credential store cannot be used",
  },
  ENROLLMENT_REFUSED: {
    id: "error.ENROLLMENT_REFUSED",
    defaultMessage: "Your organization refused to enroll this device. Check the connect key.",
    description: "Error: the server refused the device enrollment",
  },
  ENROLLMENT_FAILED: {
    id: "error.ENROLLMENT_FAILED",
    defaultMessage: "This device could not be enrolled. Try again.",
    description: "Error: the device enrollment failed",
  },
});

const errorMessages: Record<string, MessageDescriptor> = { ...serverErrors, ...clientErrors };

/** What an error says: code, reason and details; anything unknown gets "Something unexpected…". */
export type DescribableError = {
  code: string;
  reason?: string | undefined;
  details?: Record<string, string | number> | undefined;
  retryAt?: string | undefined;
};

export function errorText(intl: IntlShape, error: unknown): string {
  const known = isDescribable(error) ? error : { code: "UNEXPECTED" };
  const message = Object.hasOwn(errorMessages, known.code)
    ? errorMessages[known.code]
    : clientErrors.UNEXPECTED;
  const attemptsLeft = known.details?.attemptsLeft;
  return intl.formatMessage(message ?? clientErrors.UNEXPECTED, {
    ...known.details,
    reason: lockReason(known) ?? known.reason ?? "other",
    attemptsLeft: typeof attemptsLeft === "number" ? "known" : "unknown",
    tries: typeof attemptsLeft === "number" ? attemptsLeft : 0,
    until: known.retryAt === undefined ? "" : lockEnd(intl, known.retryAt),
  });
}

/** A lock with an end is "timed"; the server says when a lock was the user's own report. */
function lockReason(error: DescribableError): string | undefined {
  if (error.code !== "AUTH_LOCKED" || error.reason === "reported_compromise") {
    return undefined;
  }
  return error.retryAt === undefined ? "other" : "timed";
}

/** The end of a lock in the reader's own time zone: the time today, else date and time. */
function lockEnd(intl: IntlShape, retryAt: string): string {
  const until = new Date(retryAt);
  const sameDay = until.toDateString() === new Date().toDateString();
  return intl.formatDate(
    until,
    sameDay ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" },
  );
}

function isDescribable(error: unknown): error is DescribableError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** For components: `const describeError = useErrorText(); … describeError(error)`. */
export function useErrorText(): (error: unknown) => string {
  const intl = useIntl();
  return (error) => errorText(intl, error);
}

/**
 * What is wrong with a field or form: a message of the portal's own (kept as a descriptor, so
 * it follows a change of language) or an error from the server or the desktop app.
 */
export type Problem = MessageDescriptor | DescribableError;

export function problemText(intl: IntlShape, problem: Problem): string {
  return isDescribable(problem) ? errorText(intl, problem) : intl.formatMessage(problem);
}

export function useProblemText(): (problem: Problem | undefined) => string | undefined {
  const intl = useIntl();
  return (problem) => (problem === undefined ? undefined : problemText(intl, problem));
}
