// Calls of the MFA feature: status, authenticator setup and confirmation, removal, recovery codes
// and skipping enrollment during the grace period. Types come from the server's schemas.
import { deleteNoContent, getJson, postJson, postNoContent } from "../../lib/http.ts";
import type { MfaStatus, RecoveryCodes, TotpSetup } from "../../../server/schemas/mfa.ts";

export type { MfaStatus, TotpSetup };

export function getMfaStatus(): Promise<MfaStatus> {
  return getJson<MfaStatus>("me/mfa");
}

export function startTotpSetup(): Promise<TotpSetup> {
  return postJson<TotpSetup>("me/mfa/totp/setup");
}

/** Confirms the app with a current code; answers the new recovery codes (none when replacing). */
export function confirmTotpSetup(code: string): Promise<RecoveryCodes> {
  return postJson<RecoveryCodes>("me/mfa/totp/confirm", { code });
}

export function removeTotp(): Promise<void> {
  return deleteNoContent("me/mfa/totp");
}

export function regenerateRecoveryCodes(): Promise<RecoveryCodes> {
  return postJson<RecoveryCodes>("me/mfa/recovery-codes");
}

export function skipEnrollment(): Promise<void> {
  return postNoContent("me/mfa/skip-enrollment");
}
