// `gatehouse-admin api-token …` (issue 21): a token minted on the command line works over HTTP
// with its scopes, shows its last use in the list, and stops working once revoked there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { UsageError } from "../../server/admin/cli/io.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function admin(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(""),
    print: (line) => lines.push(line),
  });
  return lines;
}

const usersWith = (secret: string) =>
  server.request({
    method: "GET",
    url: "/api/admin/users",
    headers: { authorization: `Bearer ${secret}` },
  });

describe("api-token on the admin CLI", () => {
  it("creates a token shown once that works with its scope, lists its use, and revokes it", async () => {
    const output = await admin([
      "api-token",
      "create",
      "--name",
      "HR sync",
      "--scope",
      "users:read,audit:read",
      "--days",
      "7",
    ]);
    const secret = /Token \(shown once; .*\): (\S+)$/.exec(output.join("\n"))?.[1] ?? "";
    const id = secret.split(".")[0] ?? "";
    expect(id.length).toBe(20);
    expect((await usersWith(secret)).statusCode).toBe(200);

    const listed = await admin(["api-token", "list"]);
    const line = listed.find((entry) => entry.startsWith(`${id}\t`)) ?? "";
    expect(line).toContain("HR sync\tusers:read,audit:read\texpires ");
    expect(line).toContain("from 127.0.0.1");
    expect(listed.join("\n")).not.toContain(secret);

    expect(await admin(["api-token", "revoke", id])).toEqual([
      `Revoked API token ${id}; it no longer works.`,
    ]);
    expect((await usersWith(secret)).statusCode).toBe(401);
    await expect(admin(["api-token", "revoke", id])).rejects.toThrow(UsageError);
  });

  it("refuses unknown scopes, a missing name and days out of range, saying which", async () => {
    const attempts: [string[], RegExp][] = [
      [["--name", "x", "--scope", "users:read,root"], /Unknown scope root/],
      [["--scope", "users:read"], /--name is required/],
      [["--name", "x"], /--scope is required/],
      [["--name", "x", "--scope", "users:read", "--days", "366"], /--days must be/],
      [["--name", "x", "--scope", "users:read", "--days", "1.5"], /--days must be/],
    ];
    for (const [options, message] of attempts) {
      await expect(admin(["api-token", "create", ...options])).rejects.toThrow(message);
    }
    expect(await server.context.db.selectFrom("api_tokens").selectAll().execute()).toHaveLength(1);
  });

  it("reads the word after revoke as the id even when it begins with a dash", async () => {
    await expect(admin(["api-token", "revoke", "-abc"])).rejects.toThrow(
      "No active API token has the id -abc.",
    );
  });
});
