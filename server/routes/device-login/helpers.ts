// What the device-login routes share: the WebAuthn ceremony context for this request, the policy
// gate, the throttle and the mapping of a refused assertion to its error (counting a failure
// against a known account, as lockout requires).
import type { FastifyRequest } from "fastify";
import { recordAuditEvent } from "../../audit/audit-log.ts";
import { lockState, recordFailedAttempt } from "../../auth/lockout.ts";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { signInRateLimit } from "../../plugins/rate-limit.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import { ErrorResponse } from "../../schemas/common.ts";
import type { Passkey } from "../../storage/devices-schema.ts";
import type { User } from "../../storage/schema.ts";
import type { PasskeyAssertion } from "../../webauthn/passkey-authentication.ts";
import { relyingPartyFor } from "../../webauthn/relying-party.ts";
import { originOf } from "../request-origin.ts";
import { lockedError } from "../locked-error.ts";

export const iso = (time: number) => new Date(time).toISOString();

export type DeviceLoginHelpers = ReturnType<typeof deviceLoginHelpers>;

export function deviceLoginHelpers(context: AppContext) {
  const { db, clock, random } = context;
  const errors = { "4xx": ErrorResponse };
  const throttle = signInRateLimit(context.config.signInRateLimitPerMinute);
  const ceremony = () => {
    const now = clock.now();
    return {
      db,
      random,
      now,
      rp: relyingPartyFor(context.site.origin),
      lockOf: (user: User) => lockState(user, now),
    };
  };
  const requireEnabled = async () => {
    const policy = await readPolicy(db, "deviceLogin");
    if (policy.mode === "off") {
      throw new AppError(
        "DEVICE_LOGIN_DISABLED",
        "Your organization has not turned on device login.",
      );
    }
    return policy;
  };
  /** Maps a refused assertion to its error, counting a failure against a known account. */
  const refuse = async (
    request: FastifyRequest,
    result: Exclude<PasskeyAssertion, { ok: true }>,
  ): Promise<AppError> => {
    const now = clock.now();
    if ("user" in result) {
      if (result.reason === "assertion_invalid") {
        await recordFailedAttempt(db, result.user.id, await readPolicy(db, "lockout"), now);
      }
      await recordAuditEvent(db, {
        event: "passkey.sign_in_failed",
        at: now,
        reason: result.reason,
        targetId: result.user.id,
        targetEmail: result.user.email,
        origin: originOf(request),
      });
      if (result.reason === "locked") {
        return lockedError(result.until);
      }
    }
    return result.reason === "challenge_invalid"
      ? new AppError("PASSKEY_CHALLENGE_INVALID", "That attempt expired. Try again.")
      : new AppError(
          "PASSKEY_INVALID",
          "Device login did not work. Try again or use your password.",
        );
  };
  return { errors, throttle, ceremony, requireEnabled, refuse };
}

export function passkeyView(
  passkey: Pick<Passkey, "id" | "name" | "device_id" | "created_at" | "last_used_at">,
) {
  return {
    id: passkey.id,
    name: passkey.name,
    deviceId: passkey.device_id,
    createdAt: iso(Number(passkey.created_at)),
    lastUsedAt: passkey.last_used_at === null ? null : iso(Number(passkey.last_used_at)),
  };
}
