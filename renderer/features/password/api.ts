// Calls of the password feature: the policy checklist the server computes, change and reset.
// Types come from the server's schemas.
import { getJson, postJson, postNoContent } from "../../lib/http.ts";
import type { PasswordRules } from "../../../server/schemas/password.ts";

export type { PasswordRules };
export type PasswordRule = PasswordRules["rules"][number];

export function fetchPasswordRules(): Promise<PasswordRules> {
  return getJson<PasswordRules>("password-policy");
}

/** The server judges the candidate with the same function that judges the save. */
export function checkPassword(password: string, resetToken?: string): Promise<PasswordRules> {
  return postJson<PasswordRules>("password-policy/check", {
    password,
    ...(resetToken === undefined ? {} : { resetToken }),
  });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return postNoContent("me/password", { currentPassword, newPassword });
}

/** With MFA on the account, `code` (TOTP or recovery code) is needed too: MFA_REQUIRED says so. */
export function resetPassword(token: string, newPassword: string, code?: string): Promise<void> {
  return postNoContent("auth/reset-password", {
    token,
    newPassword,
    ...(code === undefined ? {} : { code }),
  });
}

/** Whether a reset link still works, asked when its page opens; RESET_LINK_INVALID if not. */
export function checkResetLink(token: string): Promise<{ valid: true }> {
  return postJson<{ valid: true }>("auth/reset-password/check", { token });
}
