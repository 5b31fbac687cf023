// Device login (DESIGN.md §5): set up a platform passkey after a recent full verification, sign
// in with it in one step (it counts as MFA and starts a new session), re-verify a session with
// it, and list or remove passkeys. Every refusal is a 4xx with a stable code and no session.
import type { FastifyRequest } from "fastify";
import type { FastifyTypeboxInstance } from "../app.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import { cookieNames, cookieOptions } from "../auth/cookies.ts";
import { clearFailedAttempts, recordFailedAttempt } from "../auth/lockout.ts";
import {
  createSession,
  markSessionVerified,
  reverificationDueAt,
  type ValidSession,
} from "../auth/session.ts";
import type { ServerContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { Guards } from "../plugins/authentication.ts";
import { signInRateLimit } from "../plugins/rate-limit.ts";
import { readAllPolicies, readPolicy } from "../policies/policy-store.ts";
import { EmptyObject, ErrorResponse } from "../schemas/common.ts";
import {
  CeremonyOptions,
  DeviceLoginNext,
  DeviceLoginPolicyView,
  DeviceLoginStatus,
  PasskeyRegistrationBody,
  PasskeyReverifyBody,
  PasskeySignInBody,
  PasskeyView,
} from "../schemas/devices.ts";
import { IdParams } from "../schemas/security.ts";
import { describeUserAgent } from "../security/user-agent.ts";
import type { Passkey } from "../storage/devices-schema.ts";
import {
  startPasskeyAssertion,
  verifyPasskeyAssertion,
  type PasskeyAssertion,
} from "../webauthn/passkey-authentication.ts";
import {
  finishPasskeyRegistration,
  startPasskeyRegistration,
} from "../webauthn/passkey-registration.ts";
import { listUserPasskeys, removeUserPasskey } from "../webauthn/passkey-store.ts";
import { relyingPartyFor } from "../webauthn/relying-party.ts";
import { originOf } from "./auth.ts";
import { checkDeviceProof } from "./device-proof-check.ts";
import { lockedError } from "./locked-error.ts";

const iso = (time: number) => new Date(time).toISOString();

export function deviceLoginRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  publicOrigin: () => string,
  https: boolean,
): void {
  const { db, clock, random } = context;
  const names = cookieNames(https);
  const auth = (request: FastifyRequest) => request.auth as ValidSession;
  const errors = { "4xx": ErrorResponse };
  const throttle = signInRateLimit(context.config.signInRateLimitPerMinute);
  const ceremony = () => ({ db, random, now: clock.now(), rp: relyingPartyFor(publicOrigin()) });
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

  app.get(
    "/api/device-login/policy",
    { schema: { response: { 200: DeviceLoginPolicyView } } },
    async () => ({ mode: (await readPolicy(db, "deviceLogin")).mode }),
  );

  app.post(
    "/api/device-login/options",
    {
      config: throttle,
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errors } },
    },
    async () => {
      await requireEnabled();
      const options = await startPasskeyAssertion(ceremony(), {
        purpose: "authentication",
        userId: null,
        sessionId: null,
      });
      return { options };
    },
  );

  app.post(
    "/api/device-login/verify",
    {
      config: throttle,
      schema: { body: PasskeySignInBody, response: { 200: DeviceLoginNext, ...errors } },
    },
    async (request, reply) => {
      const policy = await requireEnabled();
      const result = await verifyPasskeyAssertion(ceremony(), {
        response: request.body.response,
        purpose: "authentication",
      });
      if (!result.ok) {
        throw await refuse(request, result);
      }
      if (policy.mode === "managed") {
        // Managed devices only: the passkey must be bound to an enrolled device that proves it.
        const proof = request.body.deviceProof;
        if (proof === undefined || result.passkey.device_id === null) {
          throw new AppError(
            "DEVICE_PROOF_REQUIRED",
            "Device login works only on enrolled devices.",
          );
        }
        const device = await checkDeviceProof(context, proof, publicOrigin());
        if (device.id !== result.passkey.device_id) {
          throw new AppError("DEVICE_PROOF_INVALID", "This passkey belongs to another device.");
        }
      }
      const now = clock.now();
      if (!(await clearFailedAttempts(db, result.user.id, now))) {
        throw lockedError(null);
      }
      const origin = originOf(request);
      const { token, session } = await createSession(context, result.user.id, origin);
      await recordAuditEvent(db, {
        event: "sign_in.succeeded",
        at: now,
        actorId: result.user.id,
        targetId: result.user.id,
        targetEmail: result.user.email,
        origin,
        details: { portal: "user", method: "passkey" },
      });
      reply.clearCookie(names.loginFlow, { path: "/" });
      const lifetimeSeconds = Math.floor((session.expires_at - now) / 1000);
      reply.setCookie(names.session, token, cookieOptions(https, lifetimeSeconds));
      return {
        next:
          result.user.must_change_password === 1 ? ("change_password" as const) : ("done" as const),
      };
    },
  );

  app.post(
    "/api/device-login/reverify/options",
    {
      config: throttle,
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errors } },
    },
    async (request) => {
      const check = await guards.checkSession(request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      await requireEnabled();
      const passkeys = await listUserPasskeys(db, check.auth.user.id);
      if (passkeys.length === 0) {
        throw new AppError("PASSKEY_NOT_FOUND", "Set up device login first.");
      }
      const options = await startPasskeyAssertion(ceremony(), {
        purpose: "reverify",
        userId: check.auth.user.id,
        sessionId: check.auth.session.id,
        allow: passkeys,
      });
      return { options };
    },
  );

  app.post(
    "/api/device-login/reverify/verify",
    {
      config: throttle,
      schema: { body: PasskeyReverifyBody, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const check = await guards.checkSession(request);
      if (check.status === "invalid") {
        throw new AppError("AUTH_REQUIRED", "Sign in to continue.");
      }
      await requireEnabled();
      const { user, session } = check.auth;
      const result = await verifyPasskeyAssertion(ceremony(), {
        response: request.body.response,
        purpose: "reverify",
        sessionUserId: user.id,
      });
      if (!result.ok) {
        throw await refuse(request, result);
      }
      const now = clock.now();
      await markSessionVerified(db, session.id, now);
      await recordAuditEvent(db, {
        event: "session.reverified",
        at: now,
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { method: "passkey" },
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/me/device-login",
    {
      preHandler: guards.requireSession,
      schema: { response: { 200: DeviceLoginStatus, ...errors } },
    },
    async (request) => {
      const { user, session } = auth(request);
      const policies = await readAllPolicies(db);
      return {
        mode: policies.deviceLogin.mode,
        passkeys: (await listUserPasskeys(db, user.id)).map(passkeyView),
        verifiedAt: iso(session.verified_at),
        reverifyAt: iso(reverificationDueAt(session, policies.session)),
      };
    },
  );

  app.post(
    "/api/device-login/registration/options",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: EmptyObject, response: { 200: CeremonyOptions, ...errors } },
    },
    async (request) => {
      await requireEnabled();
      return { options: await startPasskeyRegistration(ceremony(), auth(request).user) };
    },
  );

  app.post(
    "/api/device-login/registration/verify",
    {
      preHandler: guards.requireRecentVerification,
      schema: { body: PasskeyRegistrationBody, response: { 200: PasskeyView, ...errors } },
    },
    async (request) => {
      const policy = await requireEnabled();
      const { user } = auth(request);
      let deviceId: string | null = null;
      if (request.body.deviceProof !== undefined || policy.mode === "managed") {
        if (request.body.deviceProof === undefined) {
          throw new AppError(
            "DEVICE_PROOF_REQUIRED",
            "Device login can be set up only on an enrolled device.",
          );
        }
        const device = await checkDeviceProof(context, request.body.deviceProof, publicOrigin());
        if (device.user_id !== null && device.user_id !== user.id) {
          throw new AppError("DEVICE_PROOF_INVALID", "This device is enrolled to someone else.");
        }
        deviceId = device.id;
      }
      const name =
        request.body.name ?? describeUserAgent(request.headers["user-agent"] ?? null).label;
      const result = await finishPasskeyRegistration(ceremony(), {
        user,
        response: request.body.response,
        name,
        deviceId,
      });
      if (!result.ok) {
        throw result.reason === "challenge_invalid"
          ? new AppError("PASSKEY_CHALLENGE_INVALID", "That attempt expired. Try again.")
          : new AppError("PASSKEY_INVALID", "This device's authenticator could not be set up.");
      }
      const now = clock.now();
      await recordAuditEvent(db, {
        event: "passkey.registered",
        at: now,
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
        details: { name },
      });
      return passkeyView({
        id: result.passkeyId,
        name,
        device_id: deviceId,
        created_at: now,
        last_used_at: null,
      });
    },
  );

  app.delete(
    "/api/me/passkeys/:id",
    {
      preHandler: guards.requireSession,
      schema: { params: IdParams, response: { 204: { type: "null" }, ...errors } },
    },
    async (request, reply) => {
      const { user } = auth(request);
      if (!(await removeUserPasskey(db, user.id, request.params.id))) {
        throw new AppError("PASSKEY_NOT_FOUND", "That device login is not set up on your account.");
      }
      await recordAuditEvent(db, {
        event: "passkey.removed",
        at: clock.now(),
        actorId: user.id,
        targetId: user.id,
        targetEmail: user.email,
        origin: originOf(request),
      });
      return reply.status(204).send(null);
    },
  );
}

function passkeyView(
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
