import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { enrollTotp, signInWithCode } from "../fixtures/mfa.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`recovery codes on ${dialect}`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
    });
    afterAll(async () => {
      await server.close();
    });

    const codesLeft = async (jar: CookieJar) =>
      (await callApi(server, jar, "GET", "/api/me/mfa")).json<{ recoveryCodesLeft: number }>()
        .recoveryCodesLeft;

    it("gives 10 codes of 80 bits that are stored only as hashes", async () => {
      const user = await enrollTotp(server, new CookieJar(), await createTestUser(server));
      expect(user.recoveryCodes).toHaveLength(10);
      expect(new Set(user.recoveryCodes).size).toBe(10);
      for (const code of user.recoveryCodes) {
        expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
      }
      const stored = await server.context.db
        .selectFrom("mfa_recovery_codes")
        .select("code_hash")
        .where("user_id", "=", user.id)
        .execute();
      const text = JSON.stringify(stored);
      expect(stored).toHaveLength(10);
      for (const code of user.recoveryCodes) {
        expect(text).not.toContain(code);
        expect(text).not.toContain(code.replaceAll("-", ""));
      }
    });

    it("signs in once with a code, mails the user, and the count goes down", async () => {
      const user = await enrollTotp(server, new CookieJar(), await createTestUser(server));
      const code = (user.recoveryCodes[3] ?? "").toUpperCase().replaceAll("-", " ");
      const jar = new CookieJar();
      const first = await signInWithCode(server, jar, user, code);
      expect(first.json()).toEqual({ next: "done" });
      expect(await codesLeft(jar)).toBe(9);
      const mails = await server.context.db
        .selectFrom("mail_outbox")
        .select(["subject", "body"])
        .where("recipient", "=", user.email)
        .where("subject", "like", "%recovery code%")
        .execute();
      expect(mails).toHaveLength(1);
      expect(mails[0]?.body).not.toContain(user.recoveryCodes[3]);

      const again = await signInWithCode(server, new CookieJar(), user, code);
      expect(again.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
    });

    it("refuses another user's recovery code", async () => {
      const alice = await enrollTotp(server, new CookieJar(), await createTestUser(server));
      const bob = await enrollTotp(server, new CookieJar(), await createTestUser(server));
      const crossed = await signInWithCode(
        server,
        new CookieJar(),
        bob,
        alice.recoveryCodes[0] ?? "",
      );
      expect(crossed.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
      const own = await signInWithCode(
        server,
        new CookieJar(),
        alice,
        alice.recoveryCodes[0] ?? "",
      );
      expect(own.statusCode).toBe(200);
    });

    it("replaces the whole set on regeneration: old codes stop working", async () => {
      const jar = new CookieJar();
      const user = await enrollTotp(server, jar, await createTestUser(server));
      const fresh = await callApi(server, jar, "POST", "/api/me/mfa/recovery-codes", {});
      const newCodes = fresh.json<{ codes: string[] }>().codes;
      expect(newCodes).toHaveLength(10);
      expect(newCodes.some((code) => user.recoveryCodes.includes(code))).toBe(false);
      const old = await signInWithCode(server, new CookieJar(), user, user.recoveryCodes[0] ?? "");
      expect(old.json()).toMatchObject({ code: "MFA_CODE_INVALID" });
      const current = await signInWithCode(server, new CookieJar(), user, newCodes[0] ?? "");
      expect(current.statusCode).toBe(200);
      const audit = await server.context.db
        .selectFrom("audit_events")
        .select("event")
        .where("target_id", "=", user.id)
        .where("event", "=", "mfa.recovery_codes_generated")
        .execute();
      expect(audit).toHaveLength(2);
    });

    it("lets exactly one of 10 parallel uses of the same recovery code through", async () => {
      const user = await enrollTotp(server, new CookieJar(), await createTestUser(server));
      const jars = Array.from({ length: 10 }, () => new CookieJar());
      for (const jar of jars) {
        await callApi(server, jar, "POST", "/api/auth/identify", { email: user.email });
        await callApi(server, jar, "POST", "/api/auth/password", { password: user.password });
      }
      const answers = await Promise.all(
        jars.map((jar) =>
          callApi(server, jar, "POST", "/api/auth/mfa", { code: user.recoveryCodes[1] }),
        ),
      );
      const winners = answers.filter((answer) => answer.statusCode === 200);
      expect(winners).toHaveLength(1);
      const winner = jars[answers.indexOf(winners[0] as (typeof answers)[number])] as CookieJar;
      expect(await codesLeft(winner)).toBe(9);
    });
  });
}
