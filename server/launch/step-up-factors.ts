// The seam between per-app MFA at launch and the user's second factors. The MFA issue (TOTP
// enrollment and its factor table) is not merged yet, so the default port reports "no factor"
// and the launch page asks the user to set up an authenticator first. When the factor table
// lands, implement this port over it with server/auth/mfa/totp.ts verifyTotp (storing the
// accepted step atomically, DESIGN.md §5) and recovery codes, and pass it in ServerContext.
export type StepUpCheck =
  { ok: true } | { ok: false; reason: "malformed" | "invalid" | "replayed" };

export interface StepUpFactors {
  /** Whether the user has a factor that can answer a step-up (TOTP or recovery codes). */
  hasFactor(userId: string): Promise<boolean>;
  /** Checks a 6-digit TOTP code or a recovery code; a success is final (replay-protected). */
  verify(userId: string, code: string, nowMs: number): Promise<StepUpCheck>;
}

export const noStepUpFactorsYet: StepUpFactors = {
  hasFactor: () => Promise.resolve(false),
  verify: () => Promise.resolve({ ok: false, reason: "invalid" }),
};
