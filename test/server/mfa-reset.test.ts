// Resetting MFA: a password reset that still asks for the second factor, and an admin's reset of a user's factor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { enrollTotp } from "../fixtures/mfa.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("password reset with MFA", () => {
  it("applies the new password only after a code or recovery code", async () => {
    const user = await enrollTotp(server, new CookieJar(), await createTestUser(server));
    await callApi(server, new CookieJar(), "POST", "/api/auth/forgot-password", {
      email: user.email,
    });
    const mail = await server.context.db
      .selectFrom("mail_outbox")
      .select("body")
      .where("recipient", "=", user.email)
      .where("subject", "like", "Reset%")
      .executeTakeFirstOrThrow();
    const token = decodeURIComponent(/#token=(\S+)/.exec(mail.body)?.[1] ?? "");
    const newPassword = "an entirely different passphrase";
    const reset = (code?: string) =>
      callApi(server, new CookieJar(), "POST", "/api/auth/reset-password", {
        token,
        newPassword,
        ...(code === undefined ? {} : { code }),
      });
    expect((await reset()).json()).toMatchObject({ code: "MFA_REQUIRED" });
    expect((await reset("123456")).json()).toMatchObject({ code: "MFA_CODE_INVALID" });
    // Nothing changed yet: the old password still works.
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "mfa" });
    expect((await reset(user.recoveryCodes[0])).statusCode).toBe(204);
    const withNew = await signIn(server, new CookieJar(), { ...user, password: newPassword });
    expect(withNew.json()).toEqual({ next: "mfa" }); // MFA is still required afterwards
  });
});

describe("admin reset of a user's MFA", () => {
  it("works from the admin CLI too", async () => {
    const user = await enrollTotp(server, new CookieJar(), await createTestUser(server));
    const lines: string[] = [];
    await runAdminCommand(["user", "reset-mfa", "--email", user.email], {
      db: server.context.db,
      stdin: () => Promise.resolve(""),
      print: (line) => lines.push(line),
    });
    expect(lines.join("\n")).toContain(user.email);
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "done" });
    const audit = await server.context.db
      .selectFrom("audit_events")
      .select("actor_id")
      .where("event", "=", "mfa.reset_by_admin")
      .where("target_id", "=", user.id)
      .execute();
    expect(audit).toEqual([{ actor_id: "cli" }]);
  });

  it("removes the factor and codes, ends sessions, audits and mails the user", async () => {
    const userJar = new CookieJar();
    const user = await enrollTotp(server, userJar, await createTestUser(server));
    const admin = await createTestUser(server, { role: "admin" });
    const adminJar = new CookieJar();
    await signIn(server, adminJar, admin);
    const reset = await callApi(
      server,
      adminJar,
      "POST",
      `/api/admin/users/${user.id}/mfa/reset`,
      {},
    );
    expect(reset.statusCode).toBe(200);
    expect((await callApi(server, userJar, "GET", "/api/me")).statusCode).toBe(401);
    expect((await signIn(server, new CookieJar(), user)).json()).toEqual({ next: "done" });
    const audit = await server.context.db
      .selectFrom("audit_events")
      .select(["actor_id"])
      .where("event", "=", "mfa.reset_by_admin")
      .where("target_id", "=", user.id)
      .execute();
    expect(audit).toEqual([{ actor_id: admin.id }]);
    const mails = await server.context.db
      .selectFrom("mail_outbox")
      .select("subject")
      .where("recipient", "=", user.email)
      .where("subject", "like", "%was reset")
      .execute();
    expect(mails).toHaveLength(1);
    const unknown = await callApi(
      server,
      adminJar,
      "POST",
      "/api/admin/users/nobody/mfa/reset",
      {},
    );
    expect(unknown.json()).toMatchObject({ code: "USER_NOT_FOUND" });
  });
});
