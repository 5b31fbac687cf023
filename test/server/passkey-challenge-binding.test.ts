// Sealed passkey challenges over HTTP on both databases, with two server instances on one database
// (server/webauthn/challenge-seal.ts): a challenge one instance issued signs in on the other, and
// once only, whichever instance sees the replay; a challenge is refused — with the same answer as
// an expired one — for any other purpose, at another session's re-verification, or when sealed
// under another secret key; a refused assertion still spends its challenge.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { createSyntheticAuthenticator } from "../fixtures/synthetic-authenticator.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

const challengeOf = (answer: { json<T>(): T }) =>
  answer.json<{ options: { challenge: string } }>().options.challenge;

for (const dialect of dialects) {
  describe(`sealed passkey challenges on ${dialect}`, () => {
    const authenticator = createSyntheticAuthenticator();
    let first: TestServer;
    let second: TestServer;
    let otherKey: TestServer;
    let sessionA: CookieJar;
    let sessionB: CookieJar;

    beforeAll(async () => {
      first = await startTestServer(dialect);
      const shared = { sharedDatabase: first.database, clock: first.clock };
      second = await startTestServer(dialect, shared);
      otherKey = await startTestServer(dialect, {
        ...shared,
        config: { secretKey: Buffer.alloc(32, 9) },
      });
      await setPolicy(first, "deviceLogin", { mode: "on" });
      const user = await createTestUser(first);
      sessionA = new CookieJar();
      sessionB = new CookieJar();
      for (const jar of [sessionA, sessionB]) {
        expect((await signIn(first, jar, user)).statusCode).toBe(200);
      }
      const options = await callApi(
        first,
        sessionA,
        "POST",
        "/api/device-login/registration/options",
      );
      const registered = await callApi(
        first,
        sessionA,
        "POST",
        "/api/device-login/registration/verify",
        {
          response: authenticator.register({ challenge: challengeOf(options), origin: testOrigin }),
          name: "Shared authenticator",
        },
      );
      expect(registered.statusCode).toBe(200);
    });
    afterAll(async () => {
      await otherKey.close();
      await second.close();
      await first.close();
    });

    const signInVerify = (server: TestServer, challenge: string, jar = new CookieJar()) =>
      callApi(server, jar, "POST", "/api/device-login/verify", {
        response: authenticator.assert({ challenge, origin: testOrigin }),
      });
    const expectRefused = (answer: { statusCode: number; json<T>(): T }) => {
      expect(answer.statusCode).toBe(400);
      expect(answer.json<{ code: string }>().code).toBe("PASSKEY_CHALLENGE_INVALID");
    };

    it("a challenge from one instance signs in on the other, once", async () => {
      const options = await callApi(first, new CookieJar(), "POST", "/api/device-login/options");
      const challenge = challengeOf(options);
      expect((await signInVerify(second, challenge)).statusCode).toBe(200);
      expectRefused(await signInVerify(first, challenge));
      expectRefused(await signInVerify(second, challenge));
    });

    it("a challenge sealed under another secret key is refused", async () => {
      const options = await callApi(otherKey, new CookieJar(), "POST", "/api/device-login/options");
      expectRefused(await signInVerify(first, challengeOf(options)));
    });

    it("a challenge serves only its own purpose and session", async () => {
      const signInChallenge = challengeOf(
        await callApi(first, new CookieJar(), "POST", "/api/device-login/options"),
      );
      const reverifyOf = async (jar: CookieJar) =>
        challengeOf(await callApi(first, jar, "POST", "/api/device-login/reverify/options"));
      const reverifyVerify = (jar: CookieJar, challenge: string) =>
        callApi(second, jar, "POST", "/api/device-login/reverify/verify", {
          response: authenticator.assert({ challenge, origin: testOrigin }),
        });
      // Sign-in's at re-verification, and session A's at session B's.
      expectRefused(await reverifyVerify(sessionA, signInChallenge));
      const forA = await reverifyOf(sessionA);
      expectRefused(await reverifyVerify(sessionB, forA));
      expectRefused(await signInVerify(second, forA));
      // Refused elsewhere, it was never spent: session A still re-verifies with it, once.
      expect((await reverifyVerify(sessionA, forA)).statusCode).toBe(204);
      expectRefused(await reverifyVerify(sessionA, forA));
      // A setup challenge does not sign in.
      const setup = challengeOf(
        await callApi(first, sessionA, "POST", "/api/device-login/registration/options"),
      );
      expectRefused(await signInVerify(second, setup));
    });

    it("an assertion refused for its signature still spends its challenge", async () => {
      const challenge = challengeOf(
        await callApi(first, new CookieJar(), "POST", "/api/device-login/options"),
      );
      const broken = await callApi(first, new CookieJar(), "POST", "/api/device-login/verify", {
        response: authenticator.assert({ challenge, origin: testOrigin, flipSignatureByte: true }),
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json<{ code: string }>().code).not.toBe("PASSKEY_CHALLENGE_INVALID");
      expectRefused(await signInVerify(second, challenge));
    });
  });
}
