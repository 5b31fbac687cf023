// The admin CLI works on the database directly; accounts it creates can sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { UsageError } from "../../server/admin/cli/io.ts";
import { CookieJar, signIn, startTestServer, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function admin(argv: string[], stdin = ""): Promise<string[]> {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(stdin),
    print: (line) => lines.push(line),
  });
  return lines;
}

describe("admin CLI", () => {
  it("creates a user whose generated password (shown once) signs in", async () => {
    const output = await admin([
      "user",
      "create",
      "--email",
      "Jo.Park@example.com",
      "--first-name",
      "Jo",
      "--last-name",
      "Park",
    ]);
    const password = /Initial password \(shown once\): (\S+)/.exec(output.join("\n"))?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(20);
    const response = await signIn(server, new CookieJar(), {
      id: "",
      email: "jo.park@example.com",
      password,
    });
    expect(response.statusCode).toBe(200);
    expect(await admin(["user", "list"])).toContainEqual(
      "jo.park@example.com\tJo Park\tuser\tactive",
    );
  });

  it("sets a password from standard input, never printing it, and ends the user's sessions", async () => {
    await admin(
      [
        "user",
        "create",
        "--email",
        "kim@example.com",
        "--first-name",
        "Kim",
        "--last-name",
        "Lee",
        "--password-stdin",
      ],
      "first-password-123\n",
    );
    const jar = new CookieJar();
    await signIn(server, jar, { id: "", email: "kim@example.com", password: "first-password-123" });
    expect(
      (await server.request({ method: "GET", url: "/api/me", cookies: jar.header() })).statusCode,
    ).toBe(200);

    const output = await admin(
      ["user", "set-password", "--email", "kim@example.com", "--password-stdin"],
      "second-password-456\n",
    );
    expect(output.join("\n")).not.toContain("second-password-456");
    expect(
      (await server.request({ method: "GET", url: "/api/me", cookies: jar.header() })).statusCode,
    ).toBe(401);
    const oldPassword = await signIn(server, new CookieJar(), {
      id: "",
      email: "kim@example.com",
      password: "first-password-123",
    });
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await signIn(server, new CookieJar(), {
      id: "",
      email: "kim@example.com",
      password: "second-password-456",
    });
    expect(newPassword.statusCode).toBe(200);
  });

  it.each([
    [
      ["user", "create", "--email", "x@example.com", "--first-name", "X"],
      /--last-name is required/,
    ],
    [
      ["user", "create", "--email", "not-an-email", "--first-name", "X", "--last-name", "Y"],
      /not an email address/,
    ],
    [["user", "set-password", "--email", "nobody@example.com"], /No user has the email/],
    [["user", "delete"], /Unknown command "user delete"/],
  ])("explains %j", async (argv, message) => {
    await expect(admin(argv)).rejects.toThrow(message);
    await expect(admin(argv)).rejects.toBeInstanceOf(UsageError);
  });

  it("refuses a duplicate account and a too-short password", async () => {
    await expect(
      admin([
        "user",
        "create",
        "--email",
        "JO.PARK@example.com",
        "--first-name",
        "J",
        "--last-name",
        "P",
      ]),
    ).rejects.toThrow(/already exists/);
    await expect(
      admin(
        [
          "user",
          "create",
          "--email",
          "short@example.com",
          "--first-name",
          "S",
          "--last-name",
          "P",
          "--password-stdin",
        ],
        "short\n",
      ),
    ).rejects.toThrow(/at least 12/);
  });
});
