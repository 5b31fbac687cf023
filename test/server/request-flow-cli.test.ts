// `gatehouse-admin request-flow …`: an admin makes an app requestable from the command line with
// the same checks as the admin API, and the employee then finds it under Requests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { UsageError } from "../../server/admin/cli/io.ts";
import type { RequestableAppList } from "../../server/schemas/requests.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let user: TestUser;
let approver: TestUser;

beforeAll(async () => {
  server = await startTestServer();
  user = await createTestUser(server);
  approver = await createTestUser(server);
});
afterAll(() => server.close());

async function admin(argv: string[]): Promise<string> {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(""),
    print: (line) => lines.push(line),
  });
  return lines.join("\n");
}

describe("admin CLI for request flows", () => {
  it("makes an app requestable in two steps, lists it, and removes it", async () => {
    const created = await admin([
      "app",
      "create-bookmark",
      "--name",
      "Ledger",
      "--url",
      "https://ledger.example.com/",
    ]);
    const appId = /: ([0-9a-f-]{36})$/m.exec(created)?.[1] ?? "";
    await admin(["group", "create", "Ledger users"]);
    await admin(["group", "create", "Finance leads"]);
    const set = await admin([
      "request-flow",
      "set",
      appId,
      "--target-group",
      "Ledger users",
      "--step",
      "manager",
      "--step",
      `users:${approver.email}`,
      "--durations",
      "7,30",
    ]);
    expect(set).toBe(`App ${appId} is requestable, approved in 2 step(s).`);
    expect(await admin(["request-flow", "list"])).toBe(
      `${appId}\tmanager → users\texpires after 30 days`,
    );

    const jar = new CookieJar();
    await signIn(server, jar, user);
    const apps = await callApi(server, jar, "GET", "/api/requests/apps");
    expect(
      apps
        .json<RequestableAppList>()
        .apps.map((app) => [app.name, app.durationsDays, app.approvers]),
    ).toEqual([["Ledger", [7, 30], ["manager", "users"]]]);

    expect(await admin(["request-flow", "remove", appId])).toBe(
      "Removed; 0 undecided request(s) cancelled.",
    );
    expect(
      (await callApi(server, jar, "GET", "/api/requests/apps")).json<RequestableAppList>().apps,
    ).toEqual([]);
  });

  it("refuses a wrong step, group, duration or app in the words of its flag", async () => {
    const base = ["request-flow", "set", "no-such-app", "--target-group", "Ledger users"];
    await expect(admin([...base, "--step", "boss"])).rejects.toThrow(UsageError);
    await expect(admin([...base, "--step", "group:Nobody"])).rejects.toThrow(
      "No group is named Nobody.",
    );
    await expect(admin([...base, "--step", "admins", "--max-days", "a week"])).rejects.toThrow(
      "--max-days takes a whole number of days.",
    );
    await expect(admin([...base, "--step", "admins"])).rejects.toThrow("No such app.");
    await expect(admin(["request-flow", "remove", "no-such-app"])).rejects.toThrow(
      "That app is not requestable.",
    );
  });
});
