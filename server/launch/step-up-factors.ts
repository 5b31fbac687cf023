// The seam between per-app MFA at launch and the user's second factors: whether the user has a
// factor that can answer, and the check of one code. The default implementation
// (second-factor-step-up.ts) is the portal's own TOTP and recovery codes; tests and other
// deployments may pass another through ServerContext.stepUpFactors.
import type { AuditOrigin } from "../audit/audit-log.ts";

export type StepUpCheck =
  { ok: true } | { ok: false; reason: "malformed" | "invalid" | "replayed" | "locked" };

export interface StepUpFactors {
  /** Whether the user has a factor that can answer a step-up (an authenticator app). */
  hasFactor(userId: string): Promise<boolean>;
  /** Checks a 6-digit TOTP code or a recovery code; a success is final (replay-protected). */
  verify(input: { userId: string; code: string; origin: AuditOrigin }): Promise<StepUpCheck>;
}
