// Calls of the MFA feature: status, authenticator setup and confirmation, removal, recovery codes
// and skipping enrollment during the grace period. Types come from the server's schemas.
import { deleteNoContent, getJson, postJson, postNoContent } from "../../lib/http.ts";
import type {
  MfaStatusResponse,
  RecoveryCodesResponse,
  TotpSetupResponse,
} from "../../../server/schemas/mfa.ts";

export type MfaStatus = MfaStatusResponse;
export type TotpSetup = TotpSetupResponse;

export function getMfaStatus(): Promise<MfaStatus> {
  return getJson<MfaStatus>("me/mfa");
}

export function startTotpSetup(): Promise<TotpSetup> {
  return postJson<TotpSetup>("me/mfa/totp/setup");
}

/** Confirms the app with a current code; answers the new recovery codes (none when replacing). */
export function confirmTotpSetup(code: string): Promise<RecoveryCodesResponse> {
  return postJson<RecoveryCodesResponse>("me/mfa/totp/confirm", { code });
}

export function removeTotp(): Promise<void> {
  return deleteNoContent("me/mfa/totp");
}

export function regenerateRecoveryCodes(): Promise<RecoveryCodesResponse> {
  return postJson<RecoveryCodesResponse>("me/mfa/recovery-codes");
}

export function skipEnrollment(): Promise<void> {
  return postNoContent("me/mfa/skip-enrollment");
}
