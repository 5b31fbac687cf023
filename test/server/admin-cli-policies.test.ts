// The admin CLI's policy, lock, role and audit commands, straight on the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { UsageError } from "../../server/admin/cli/io.ts";
import { createMailer } from "../../server/mail/mailer.ts";
import {
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

async function admin(argv: string[]): Promise<string> {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(""),
    print: (line) => lines.push(line),
    // The real CLI announces its changes to the running servers too
    // (server/storage/change-channel-for-database.ts).
    announce: async (topic) => server.context.changes?.publish(topic),
  });
  return lines.join("\n");
}

describe("admin CLI: policies, locks, roles and the audit log", () => {
  it("sets a policy from SETTING=VALUE pairs and refuses an invalid one", async () => {
    expect(await admin(["policy", "set", "lockout", "threshold=3", "mode=admin"])).toContain(
      '"threshold":3',
    );
    expect(await admin(["policy", "get", "lockout"])).toMatch(/"mode": "admin"/);
    await expect(admin(["policy", "set", "lockout", "threshold=500"])).rejects.toThrow(/threshold/);
    await expect(admin(["policy", "set", "nothing", "a=1"])).rejects.toBeInstanceOf(UsageError);
  });

  it("unlocks a locked user, who can then sign in", async () => {
    const user = await createTestUser(server);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await signIn(server, new CookieJar(), { ...user, password: "wrong" });
    }
    expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(423);
    expect(await admin(["user", "unlock", "--email", user.email])).toContain("Unlocked");
    expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(200);
  });

  it("disables a user, ending their sessions, and issues a temporary password", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    await admin(["user", "disable", "--email", user.email]);
    expect(
      (await server.request({ method: "GET", url: "/api/me", cookies: jar.header() })).statusCode,
    ).toBe(401);
    await admin(["user", "enable", "--email", user.email]);
    const output = await admin(["user", "temporary-password", "--email", user.email]);
    const temporary = /\(shown once\): (\S+)/.exec(output)?.[1] ?? "";
    const signedIn = await signIn(server, new CookieJar(), { ...user, password: temporary });
    expect(signedIn.json()).toEqual({ next: "change_password" });
  });

  it("makes an admin and lists the audit log, newest first, without secrets", async () => {
    const user = await createTestUser(server);
    await admin(["user", "make-admin", "--email", user.email]);
    expect(await admin(["user", "list"])).toContain(`${user.email}\tTest User\tadmin\tactive`);
    const audit = await admin(["audit", "list", "--limit", "100"]);
    expect(audit.split("\n")[0]).toContain("user.role_changed");
    expect(audit).toContain("account.unlocked");
    expect(audit).toContain("policy.changed");
    expect(audit).not.toMatch(/argon2|correct horse/);
  });
});

describe("admin CLI: invitations and the policy for chosen passwords", () => {
  it("invites a user by mail with a link to the configured portal", async () => {
    const lines: string[] = [];
    await runAdminCommand(
      [
        "user",
        "invite",
        "--email",
        "cli.invite@example.com",
        "--first-name",
        "Cy",
        "--last-name",
        "Li",
      ],
      {
        db: server.context.db,
        stdin: () => Promise.resolve(""),
        print: (line) => lines.push(line),
        mailer: createMailer({
          smtpUrl: undefined,
          from: "it@example.com",
          db: server.context.db,
          now: () => Date.now(),
          log: { info: () => undefined, error: () => undefined },
        }),
        publicUrl: "https://portal.example.com",
      },
    );
    expect(lines.join("\n")).toContain("Invited cli.invite@example.com");
    expect(await admin(["mail", "list"])).toMatch(
      /To: cli\.invite@example\.com[\s\S]*https:\/\/portal\.example\.com\/reset-password#token=/,
    );
  });

  it("refuses an invitation when no public URL is configured", async () => {
    await expect(
      admin([
        "user",
        "invite",
        "--email",
        "x@example.com",
        "--first-name",
        "X",
        "--last-name",
        "Y",
      ]),
    ).rejects.toThrow(/GATEHOUSE_PUBLIC_URL/);
  });

  it("holds a password given on standard input to the policy", async () => {
    await expect(
      runAdminCommand(
        [
          "user",
          "create",
          "--email",
          "weak@example.com",
          "--first-name",
          "W",
          "--last-name",
          "K",
          "--password-stdin",
        ],
        {
          db: server.context.db,
          stdin: () => Promise.resolve("qwerty123456\n"),
          print: () => undefined,
        },
      ),
    ).rejects.toThrow(/Not a commonly used password/);
  });
});

describe("admin CLI: mail outbox", () => {
  it("lists mail kept while no SMTP server is configured, reset link included", async () => {
    const user = await createTestUser(server);
    await server.request({
      method: "POST",
      url: "/api/auth/forgot-password",
      headers: { origin: "http://localhost:4010", "content-type": "application/json" },
      payload: JSON.stringify({ email: user.email }),
    });
    const listing = await admin(["mail", "list"]);
    expect(listing).toContain(`To: ${user.email}`);
    expect(listing).toMatch(/http:\/\/localhost:4010\/reset-password#token=\S+/);
  });
});
