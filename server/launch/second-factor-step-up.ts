// Per-app MFA at launch answered by the portal's own second factors: the authenticator app's
// TOTP code or a recovery code, through the same check as sign-in (checkSecondFactor): the lock
// is checked first, every wrong code counts toward the account lockout, replays are refused and
// every failure is audited (docs/design.md §5).
import { checkSecondFactor, type SecondFactorContext } from "../auth/mfa/second-factor.ts";
import { hasActiveTotp } from "../auth/mfa/totp-factor.ts";
import { readPolicy } from "../policies/policy-store.ts";
import type { StepUpFactors } from "./step-up-factors.ts";

export function secondFactorStepUp(context: SecondFactorContext): StepUpFactors {
  return {
    hasFactor: (userId) => hasActiveTotp(context.db, userId),
    async verify({ userId, code, origin }) {
      const verdict = await checkSecondFactor(context, {
        userId,
        code,
        lockout: await readPolicy(context.db, "lockout"),
        purpose: "step_up",
        origin,
      });
      if (verdict.ok) {
        return { ok: true };
      }
      return {
        ok: false,
        reason: verdict.reason === "no_factor" ? "invalid" : verdict.reason,
      };
    },
  };
}
