// Device login with synthetic authenticators: every protocol violation is a 4xx with no
// session, never a 500 (issue 5), and a good assertion signs in and re-verifies.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";
import {
  createSyntheticAuthenticator,
  type AssertionOptions,
} from "../fixtures/synthetic-authenticator.ts";

let server: TestServer;
let user: TestUser;
let authenticator: ReturnType<typeof createSyntheticAuthenticator>;

async function register(jar: CookieJar, auth = authenticator) {
  const options = await callApi(server, jar, "POST", "/api/device-login/registration/options");
  expect(options.statusCode).toBe(200);
  const challenge = options.json<{ options: { challenge: string } }>().options.challenge;
  return callApi(server, jar, "POST", "/api/device-login/registration/verify", {
    response: auth.register({ challenge, origin: testOrigin }),
    name: "Touch ID on this Mac",
  });
}

async function signInChallenge(jar: CookieJar): Promise<string> {
  const response = await callApi(server, jar, "POST", "/api/device-login/options");
  expect(response.statusCode).toBe(200);
  return response.json<{ options: { challenge: string } }>().options.challenge;
}

async function attempt(overrides: Partial<AssertionOptions> = {}, jar = new CookieJar()) {
  const challenge = await signInChallenge(jar);
  const response = await callApi(server, jar, "POST", "/api/device-login/verify", {
    response: authenticator.assert({ challenge, origin: testOrigin, ...overrides }),
  });
  return { response, jar };
}

beforeEach(async () => {
  server = await startTestServer();
  await setPolicy(server, "deviceLogin", { mode: "on" });
  user = await createTestUser(server);
  authenticator = createSyntheticAuthenticator();
  const jar = new CookieJar();
  expect((await signIn(server, jar, user)).statusCode).toBe(200);
  const registered = await register(jar);
  expect(registered.json()).toMatchObject({ name: "Touch ID on this Mac" });
});

afterEach(async () => {
  await server.close();
});

describe("device login", () => {
  it("a user-verified assertion signs in and opens a session", async () => {
    const { response, jar } = await attempt();
    expect(response.statusCode).toBe(200);
    expect(jar.get("gh_session")).toBeDefined();
    const me = await callApi(server, jar, "GET", "/api/auth/session");
    expect(me.json<{ email: string }>().email).toBe(user.email);
  });

  const refusals: [string, Partial<AssertionOptions>][] = [
    ["a wrong origin", { origin: "https://evil.example" }],
    ["a wrong RP ID hash", { rpId: "evil.example" }],
    ["a type mismatch", { type: "webauthn.create" }],
    ["UP=0", { userPresent: false }],
    ["UV=0", { userVerified: false }],
    ["a one-byte signature flip", { flipSignatureByte: true }],
    ["a counter regression", { counter: 0 }],
  ];
  for (const [name, overrides] of refusals) {
    it(`an assertion with ${name} is refused with a 4xx and no session`, async () => {
      await attempt(); // counter 1, so a later counter of 0 is a regression
      const { response, jar } = await attempt(overrides);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(jar.get("gh_session")).toBeUndefined();
    });
  }

  it("a replayed assertion is refused", async () => {
    const jar = new CookieJar();
    const challenge = await signInChallenge(jar);
    const assertion = authenticator.assert({ challenge, origin: testOrigin });
    const first = await callApi(server, jar, "POST", "/api/device-login/verify", {
      response: assertion,
    });
    expect(first.statusCode).toBe(200);
    const replayJar = new CookieJar();
    const replay = await callApi(server, replayJar, "POST", "/api/device-login/verify", {
      response: assertion,
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json<{ code: string }>().code).toBe("PASSKEY_CHALLENGE_INVALID");
    expect(replayJar.get("gh_session")).toBeUndefined();
  });

  it("an expired challenge is refused", async () => {
    const jar = new CookieJar();
    const challenge = await signInChallenge(jar);
    server.clock.advance(3 * 60 * 1000);
    const response = await callApi(server, jar, "POST", "/api/device-login/verify", {
      response: authenticator.assert({ challenge, origin: testOrigin }),
    });
    expect(response.json<{ code: string }>().code).toBe("PASSKEY_CHALLENGE_INVALID");
    expect(jar.get("gh_session")).toBeUndefined();
  });

  it("malformed CBOR in a registration is a 400, not a 500", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const options = await callApi(server, jar, "POST", "/api/device-login/registration/options");
    const challenge = options.json<{ options: { challenge: string } }>().options.challenge;
    const response = createSyntheticAuthenticator().register({ challenge, origin: testOrigin });
    response.response.attestationObject = Buffer.from([0xbf, 0xff, 0x13]).toString("base64url");
    const result = await callApi(server, jar, "POST", "/api/device-login/registration/verify", {
      response,
    });
    expect(result.statusCode).toBe(400);
    expect(result.json<{ code: string }>().code).toBe("PASSKEY_INVALID");
  });

  it("malformed authenticator data in an assertion is a 4xx, not a 500", async () => {
    const jar = new CookieJar();
    const challenge = await signInChallenge(jar);
    const assertion = authenticator.assert({ challenge, origin: testOrigin });
    assertion.response.authenticatorData = "AAAA";
    const result = await callApi(server, jar, "POST", "/api/device-login/verify", {
      response: assertion,
    });
    expect(result.statusCode).toBe(400);
  });

  it("a second user's credential cannot sign in as the first", async () => {
    const other = await createTestUser(server);
    const otherJar = new CookieJar();
    await signIn(server, otherJar, other);
    const otherAuthenticator = createSyntheticAuthenticator();
    expect((await register(otherJar, otherAuthenticator)).statusCode).toBe(200);
    const jar = new CookieJar();
    const challenge = await signInChallenge(jar);
    const response = await callApi(server, jar, "POST", "/api/device-login/verify", {
      response: otherAuthenticator.assert({
        challenge,
        origin: testOrigin,
        userHandle: Buffer.from(user.id).toString("base64url"), // claims to be the first user
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(jar.get("gh_session")).toBeUndefined();
  });

  it("a locked account cannot sign in with its passkey", async () => {
    await setPolicy(server, "lockout", { threshold: 2 });
    await attempt({ flipSignatureByte: true });
    await attempt({ flipSignatureByte: true });
    const { response, jar } = await attempt();
    expect(response.statusCode).toBe(423);
    expect(jar.get("gh_session")).toBeUndefined();
  });

  it("setting up device login needs a recent full verification", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    server.clock.advance(6 * 60 * 1000);
    const response = await callApi(server, jar, "POST", "/api/device-login/registration/options");
    expect(response.json<{ code: string }>().code).toBe("RECENT_VERIFICATION_REQUIRED");
  });

  it("with the policy off, device login is refused", async () => {
    await setPolicy(server, "deviceLogin", { mode: "off" });
    const response = await callApi(server, new CookieJar(), "POST", "/api/device-login/options");
    expect(response.json<{ code: string }>().code).toBe("DEVICE_LOGIN_DISABLED");
  });

  it("a session due after 12 hours re-verifies with the passkey alone", async () => {
    const { jar } = await attempt();
    server.clock.advance(12 * 60 * 60 * 1000 + 1000);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    const options = await callApi(server, jar, "POST", "/api/device-login/reverify/options");
    const challenge = options.json<{ options: { challenge: string } }>().options.challenge;
    const verified = await callApi(server, jar, "POST", "/api/device-login/reverify/verify", {
      response: authenticator.assert({ challenge, origin: testOrigin }),
    });
    expect(verified.statusCode).toBe(204);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
  });

  it("a removed passkey can no longer sign in", async () => {
    const { jar } = await attempt();
    const removed = await callApi(server, jar, "DELETE", `/api/me/passkeys/${authenticator.id}`);
    expect(removed.statusCode).toBe(204);
    const { response } = await attempt();
    expect(response.statusCode).toBe(400);
  });
});

describe("changing device logins", () => {
  it("removing a device login needs a verification within the last 5 minutes", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const status = await callApi(server, jar, "GET", "/api/me/device-login");
    const [passkey] = status.json<{ passkeys: { id: string }[] }>().passkeys;
    server.clock.advance(6 * 60 * 1000);

    const late = await callApi(server, jar, "DELETE", `/api/me/passkeys/${passkey?.id ?? ""}`, {});
    expect(late.statusCode).toBe(403);
    expect(late.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
    const after = await callApi(server, jar, "GET", "/api/me/device-login");
    expect(after.json<{ passkeys: unknown[] }>().passkeys).toHaveLength(1);
  });
});
