// Stable error codes, part of the contract the portal shares: the renderer and API clients switch
// on `code`, never on messages. Each code always answers with the same HTTP status.

export const errorCodes = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  MALFORMED_URL: 400,
  PASSWORD_POLICY_VIOLATION: 400,
  RESET_LINK_INVALID: 400,
  SSH_KEY_INVALID: 400,
  CONNECT_KEY_INVALID: 400,
  DEVICE_PROOF_INVALID: 400,
  PASSKEY_INVALID: 400,
  PASSKEY_CHALLENGE_INVALID: 400,
  EVENT_NOT_REPORTABLE: 400,
  PUSH_NUMBER_INVALID: 400,
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  LOGIN_FLOW_EXPIRED: 401,
  REVERIFICATION_REQUIRED: 401,
  CURRENT_PASSWORD_INCORRECT: 401,
  MFA_REQUIRED: 401,
  MFA_CODE_INVALID: 401,
  MFA_CODE_REPLAYED: 401,
  MFA_TOO_MANY_ATTEMPTS: 401,
  API_TOKEN_INVALID: 401,
  CSRF_ORIGIN_MISMATCH: 403,
  ADMIN_REQUIRED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  PROFILE_READ_ONLY: 403,
  DEVICE_LOGIN_DISABLED: 403,
  DEVICE_PROOF_REQUIRED: 403,
  RECENT_VERIFICATION_REQUIRED: 403,
  MFA_ENROLLMENT_REQUIRED: 403,
  MFA_REQUIRED_BY_POLICY: 403,
  PUSH_OTHER_DEVICE: 403,
  PUSH_REQUIRED_BY_POLICY: 403,
  APPROVAL_REFUSED: 403,
  API_TOKEN_SCOPE_MISSING: 403,
  API_TOKEN_NOT_ACCEPTED: 403,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  APP_NOT_FOUND: 404,
  GROUP_NOT_FOUND: 404,
  DEVICE_NOT_FOUND: 404,
  PASSKEY_NOT_FOUND: 404,
  PUSH_REQUEST_NOT_FOUND: 404,
  API_TOKEN_NOT_FOUND: 404,
  USER_EXISTS: 409,
  SSH_KEY_DUPLICATE: 409,
  MFA_SETUP_NOT_STARTED: 409,
  MFA_NOT_ENABLED: 409,
  PUSH_REQUEST_ENDED: 409,
  PUSH_UNAVAILABLE: 409,
  REQUEST_REFUSED: 409,
  IMPORT_PLAN_CHANGED: 409,
  PAYLOAD_TOO_LARGE: 413,
  URL_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  AUTH_LOCKED: 423,
  RATE_LIMITED: 429,
  PUSH_LIMITED: 429,
  INTERNAL_ERROR: 500,
  NOT_READY: 503,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Whether a code from the wire is one of ours. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(errorCodes, value);
}

/**
 * `retryAt` (ISO time) says when trying again makes sense: a lock's end, a rate limit's reset.
 * `reason` tells apart the cases of one code and `details` carries the numbers a message needs,
 * so the portal says it in the user's language (renderer/lib/error-messages.ts); `message` is
 * English, for API clients and logs.
 */
export type ErrorBody = {
  code: ErrorCode;
  message: string;
  field?: string;
  retryAt?: string;
  reason?: string;
  details?: Record<string, string | number>;
};
