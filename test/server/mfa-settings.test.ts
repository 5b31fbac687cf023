// Authenticator (TOTP) setup, the key that seals its secrets, recent verification and admin-required MFA.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.ts";
import { resolveSecretKey } from "../../server/storage/server-key.ts";
import { loadConfig } from "../../server/config/config.ts";
import { ConfigError } from "../../server/config/config-error.ts";
import { createManualClock, systemRandom } from "../../server/lib/clock.ts";
import { codeFor, enrollTotp, stepMs } from "../fixtures/mfa.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

const minute = 60_000;
const day = 24 * 60 * minute;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("authenticator setup", () => {
  it("shows a QR code and the secret, seals the secret at rest, and counts only after a code", async () => {
    const jar = new CookieJar();
    const user = await createTestUser(server);
    await signIn(server, jar, user);
    const setup = await callApi(server, jar, "POST", "/api/me/mfa/totp/setup", {});
    const { secret, uri, qrCode } = setup.json<{ secret: string; uri: string; qrCode: string }>();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits
    expect(uri).toContain(`otpauth://totp/Test%20Org:${encodeURIComponent(user.email)}?`);
    expect(uri).toContain("issuer=Test+Org");
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const row = await server.context.db
      .selectFrom("mfa_totp_factors")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");
    expect(row.secret_sealed).not.toContain(secret);
    expect(row.secret_sealed).toMatch(/^v1\./);

    // Not a factor yet: sign-in still ends after the password.
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "done" });
    const wrong = await callApi(server, jar, "POST", "/api/me/mfa/totp/confirm", {
      code: codeFor(server, secret, 5),
    });
    expect(wrong.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
    const right = await callApi(server, jar, "POST", "/api/me/mfa/totp/confirm", {
      code: codeFor(server, secret),
    });
    expect(right.statusCode).toBe(200);
    server.clock.advance(stepMs);
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "mfa" });
    const events = await server.context.db
      .selectFrom("audit_events")
      .select("event")
      .where("target_id", "=", user.id)
      .where("event", "like", "mfa.%")
      .execute();
    expect(events.map((event) => event.event)).toEqual(
      expect.arrayContaining(["mfa.failed", "mfa.totp_enabled", "mfa.recovery_codes_generated"]),
    );
  });

  it("refuses to start in production mode without GATEHOUSE_SECRET_KEY", async () => {
    const config = loadConfig({ GATEHOUSE_MODE: "production", GATEHOUSE_LOG_LEVEL: "silent" });
    await expect(
      buildApp({
        config,
        db: server.context.db,
        clock: createManualClock(),
        random: systemRandom,
        scheduleJobs: false,
      }),
    ).rejects.toThrow(ConfigError);
    expect(() => loadConfig({ GATEHOUSE_SECRET_KEY: "c2hvcnQ=" })).toThrow(
      /GATEHOUSE_SECRET_KEY: must be 32 random bytes/,
    );
    const key = Buffer.alloc(32, 1).toString("base64");
    expect(loadConfig({ GATEHOUSE_SECRET_KEY: key }).secretKey?.length).toBe(32);
  });
});

describe("the key that seals authenticator secrets", () => {
  it("is generated once and kept in the database outside production mode", async () => {
    const context = {
      config: { mode: "development" as const, secretKey: undefined },
      db: server.context.db,
      clock: server.clock,
      random: systemRandom,
    };
    const first = await resolveSecretKey(context);
    expect(first).toHaveLength(32);
    const stored = await server.context.db
      .selectFrom("server_secrets")
      .select("value")
      .executeTakeFirstOrThrow();
    expect(Buffer.from(stored.value, "base64").equals(first)).toBe(true);
    expect((await resolveSecretKey(context)).equals(first)).toBe(true);
    expect(() =>
      resolveSecretKey({ ...context, config: { mode: "production", secretKey: undefined } }),
    ).toThrow(ConfigError);
  });
});

describe("recent verification (sudo mode)", () => {
  it("asks for password and code before a factor change once 5 minutes have passed", async () => {
    const jar = new CookieJar();
    const user = await enrollTotp(server, jar, await createTestUser(server));
    server.clock.advance(5 * minute);
    const refused = await callApi(server, jar, "POST", "/api/me/mfa/recovery-codes", {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
    for (const [method, url] of [
      ["POST", "/api/me/mfa/totp/setup"],
      ["DELETE", "/api/me/mfa/totp"],
    ] as const) {
      const answer = await callApi(server, jar, method, url, {});
      expect(answer.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
    }
    const password = await callApi(server, jar, "POST", "/api/me/password", {
      currentPassword: user.password,
      newPassword: "a whole new passphrase 42",
    });
    expect(password.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });

    const passwordOnly = await callApi(server, jar, "POST", "/api/auth/reverify", {
      password: user.password,
    });
    expect(passwordOnly.json()).toMatchObject({ code: "MFA_REQUIRED" });
    const wrongCode = await callApi(server, jar, "POST", "/api/auth/reverify", {
      password: user.password,
      code: codeFor(server, user.secret, 7),
    });
    expect(wrongCode.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
    const both = await callApi(server, jar, "POST", "/api/auth/reverify", {
      password: user.password,
      code: codeFor(server, user.secret),
    });
    expect(both.statusCode).toBe(204);
    const regenerated = await callApi(server, jar, "POST", "/api/me/mfa/recovery-codes", {});
    expect(regenerated.statusCode).toBe(200);
  });

  it("removes a factor when the policy allows it, and not when MFA is required", async () => {
    const jar = new CookieJar();
    const user = await enrollTotp(server, jar, await createTestUser(server));
    await setPolicy(server, "mfa", { mode: "required", gracePeriodDays: 0 });
    const refused = await callApi(server, jar, "DELETE", "/api/me/mfa/totp", {});
    expect(refused.json()).toMatchObject({ code: "MFA_REQUIRED_BY_POLICY" });
    await setPolicy(server, "mfa", { mode: "off" });
    const removed = await callApi(server, jar, "DELETE", "/api/me/mfa/totp", {});
    expect(removed.statusCode).toBe(204);
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "done" });
  });
});

describe("admin-required MFA", () => {
  afterAll(() => setPolicy(server, "mfa", { mode: "off", gracePeriodDays: 0 }));

  it("holds a user without a factor at enrollment until they set one up", async () => {
    await setPolicy(server, "mfa", { mode: "required", gracePeriodDays: 0 });
    const user = await createTestUser(server);
    const jar = new CookieJar();
    expect((await signIn(server, jar, user)).json()).toEqual({ next: "enroll_mfa" });
    const me = await callApi(server, jar, "GET", "/api/me");
    expect(me.json()).toMatchObject({ mfaEnrollment: { required: true } });
    const held = await callApi(server, jar, "GET", "/api/me/ssh-keys");
    expect(held.json()).toMatchObject({ code: "MFA_ENROLLMENT_REQUIRED" });
    const skip = await callApi(server, jar, "POST", "/api/me/mfa/skip-enrollment", {});
    expect(skip.json()).toMatchObject({ code: "MFA_ENROLLMENT_REQUIRED" });

    const setup = await callApi(server, jar, "POST", "/api/me/mfa/totp/setup", {});
    const { secret } = setup.json<{ secret: string }>();
    await callApi(server, jar, "POST", "/api/me/mfa/totp/confirm", {
      code: codeFor(server, secret),
    });
    expect((await callApi(server, jar, "GET", "/api/me/ssh-keys")).statusCode).toBe(200);
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({
      mfaEnrollment: null,
    });
  });

  it("lets a user skip within the grace period, which starts at their first sign-in", async () => {
    await setPolicy(server, "mfa", { mode: "required", gracePeriodDays: 7 });
    const user = await createTestUser(server);
    const jar = new CookieJar();
    const start = server.clock.now();
    expect((await signIn(server, jar, user)).json()).toEqual({ next: "enroll_mfa" });
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({
      mfaEnrollment: { deadline: new Date(start + 7 * day).toISOString(), required: false },
    });
    expect((await callApi(server, jar, "POST", "/api/me/mfa/skip-enrollment", {})).statusCode).toBe(
      204,
    );
    expect((await callApi(server, jar, "GET", "/api/me/ssh-keys")).statusCode).toBe(200);

    server.clock.advance(3 * day);
    const later = new CookieJar();
    await signIn(server, later, user);
    expect((await callApi(server, later, "GET", "/api/me")).json()).toMatchObject({
      mfaEnrollment: { deadline: new Date(start + 7 * day).toISOString(), required: false },
    });

    server.clock.advance(5 * day);
    const afterGrace = new CookieJar();
    await signIn(server, afterGrace, user);
    const held = await callApi(server, afterGrace, "GET", "/api/me/ssh-keys");
    expect(held.json()).toMatchObject({ code: "MFA_ENROLLMENT_REQUIRED" });
  });
});
