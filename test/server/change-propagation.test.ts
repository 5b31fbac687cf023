// Shared state changed on one instance reaches the others without a restart: SSO keys rotated
// through the admin API or the admin CLI are what every instance publishes and signs with, and a
// policy change is announced to every instance's listeners (the `policies` topic).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import type { ChangeChannel } from "../../server/storage/change-channel.ts";
import { publishChange } from "../../server/storage/change-channel-for-database.ts";
import { changeTopics } from "../../server/storage/change-topics.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

/** Resolves the next time `topic` changes on `channel`. */
function nextChange(channel: ChangeChannel | undefined, topic: string): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = channel?.subscribe(topic, () => {
      unsubscribe?.();
      resolve();
    });
  });
}

const samlCertificates = async (server: TestServer) => {
  const metadata = await server.request({ method: "GET", url: "/saml/metadata" });
  return [...metadata.body.matchAll(/<ds:X509Certificate>([^<]+)</g)].map((match) => match[1]);
};

const jwksKeyIds = async (server: TestServer) => {
  const jwks = await server.request({ method: "GET", url: "/oidc/jwks" });
  return jwks.json<{ keys: { kid: string }[] }>().keys.map((key) => key.kid);
};

describe("two instances sharing one PostgreSQL database", () => {
  let first: TestServer;
  let second: TestServer;
  const admin = new CookieJar();
  const user = new CookieJar();

  beforeAll(async () => {
    first = await startTestServer("postgres");
    second = await startTestServer("postgres", {
      sharedDatabase: first.database,
      clock: first.clock,
    });
    expect(
      (await signIn(first, admin, await createTestUser(first, { role: "admin" }))).statusCode,
    ).toBe(200);
    expect((await signIn(first, user, await createTestUser(first))).statusCode).toBe(200);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it("a SAML key rotated through the admin API on one is what both publish first", async () => {
    const [before] = await samlCertificates(second);
    expect(await samlCertificates(first)).toEqual([before]);
    const reached = nextChange(second.context.changes, changeTopics.ssoKeys);

    const rotated = await callApi(first, admin, "POST", "/api/admin/sso-keys/rotate", {
      purpose: "saml-signing",
    });
    expect(rotated.statusCode).toBe(204);
    const onFirst = await samlCertificates(first);
    expect(onFirst).toHaveLength(2);
    expect(onFirst[1]).toBe(before); // the retired key stays published
    await reached;
    expect(await samlCertificates(second)).toEqual(onFirst);
  });

  it("an OIDC key rotated with the admin CLI reaches the running instances", async () => {
    const before = await jwksKeyIds(second);
    const reachedFirst = nextChange(first.context.changes, changeTopics.ssoKeys);
    const reachedSecond = nextChange(second.context.changes, changeTopics.ssoKeys);
    await runAdminCommand(["sso", "rotate-keys", "oidc-signing"], {
      db: first.context.db,
      config: first.context.config,
      stdin: () => Promise.resolve(""),
      print: () => undefined,
      announce: (topic) => publishChange(first.context.db, first.database.config, topic),
    });
    await Promise.all([reachedFirst, reachedSecond]);
    for (const server of [first, second]) {
      const after = await jwksKeyIds(server);
      expect(after).toEqual(expect.arrayContaining(before));
      expect(after.filter((kid) => !before.includes(kid))).toHaveLength(2); // RS256 and ES256
    }
  });

  it("a policy changed through the admin API is announced to every instance", async () => {
    const reached = Promise.all([
      nextChange(first.context.changes, changeTopics.policies),
      nextChange(second.context.changes, changeTopics.policies),
    ]);
    const changed = await callApi(first, admin, "PUT", "/api/admin/policies/lockout", {
      threshold: 7,
    });
    expect(changed.statusCode).toBe(200);
    await reached;
  });

  it("only an admin rotates keys, and only the purposes there are", async () => {
    const byUser = await callApi(first, user, "POST", "/api/admin/sso-keys/rotate", {
      purpose: "saml-signing",
    });
    expect(byUser.statusCode).toBe(403);
    const unknown = await callApi(first, admin, "POST", "/api/admin/sso-keys/rotate", {
      purpose: "everything",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
