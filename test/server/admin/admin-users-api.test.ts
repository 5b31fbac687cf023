// The console's user API end to end: search and page over HTTP, a user's page, an admin's edit
// of any field (company email too) audited with before and after and never half-saved, and
// signing a user out of one session or everywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../../fixtures/test-server.ts";

let server: TestServer;
let admin: TestUser;
let adminJar: CookieJar;

type Row = { id: string; email: string; displayName: string };
type Page = { users: Row[]; total: number; next: string | null };

beforeAll(async () => {
  server = await startTestServer();
  admin = await createTestUser(server, { role: "admin" });
  adminJar = new CookieJar();
  await signIn(server, adminJar, admin);
});
afterAll(() => server.close());

async function createUser(first: string, last: string): Promise<string> {
  const response = await callApi(server, adminJar, "POST", "/api/admin/users", {
    email: `${first}.${last}@example.com`,
    firstName: first,
    lastName: last,
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ user: { id: string } }>().user.id;
}

describe("admin users API", () => {
  it("searches, pages with the cursor it gives, and refuses a cursor it did not give", async () => {
    for (const [first, last] of [
      ["Quinn", "Zeller"],
      ["Quentin", "Zeller"],
      ["Queenie", "Zeller"],
    ] as const) {
      await createUser(first, last);
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const query: string = `/api/admin/users?q=zell&limit=2${after === null ? "" : `&after=${after}`}`;
      const page = (await callApi(server, adminJar, "GET", query)).json<Page>();
      expect(page.total).toBe(3);
      seen.push(...page.users.map((user) => user.displayName));
      after = page.next;
    } while (after !== null);
    expect(seen).toEqual(["Queenie Zeller", "Quentin Zeller", "Quinn Zeller"]);
    for (const bad of ["bm90LWpzb24", "WzEsMl0", "e30"]) {
      const refused = await callApi(server, adminJar, "GET", `/api/admin/users?after=${bad}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "after" });
    }
  });

  it("edits any field, the company email too, audited with before and after", async () => {
    const id = await createUser("Robin", "Okafor");
    const changed = await callApi(server, adminJar, "PATCH", `/api/admin/users/${id}`, {
      email: "Robin.O@Example.com",
      department: "Security",
      employeeId: "E-7",
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      user: { email: "robin.o@example.com" },
      profile: { department: "Security", employeeId: "E-7" },
    });
    const audit = await server.context.db
      .selectFrom("audit_events")
      .selectAll()
      .where("event", "=", "user.updated")
      .where("target_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.id);
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({
      before: { email: "robin.okafor@example.com", department: null, employee_id: null },
      after: { email: "robin.o@example.com", department: "Security", employee_id: "E-7" },
    });
    const found = (await callApi(server, adminJar, "GET", "/api/admin/users?q=e-7")).json<Page>();
    expect(found.users.map((user) => user.id)).toEqual([id]);
  });

  it("refuses an email another user has, or an emptied name, naming the field and saving nothing", async () => {
    const id = await createUser("Sasha", "Ivanova");
    // The reason is data the console words in the admin's language; none for a wrong format.
    for (const [body, field, reason] of [
      [{ email: admin.email, department: "Nope" }, "email", "email_taken"],
      [{ firstName: "  ", department: "Nope" }, "firstName", "empty"],
      [{ firstName: "", department: "Nope" }, "firstName", "empty"],
      [{ startDate: "2024-02-30", department: "Nope" }, "startDate", "not_a_date"],
      [{ mobilePhone: "call me" }, "mobilePhone", undefined],
    ] as const) {
      const refused = await callApi(server, adminJar, "PATCH", `/api/admin/users/${id}`, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field });
      expect(refused.json<{ reason?: string }>().reason, JSON.stringify(body)).toBe(reason);
    }
    const page = (await callApi(server, adminJar, "GET", `/api/admin/users/${id}`)).json<{
      user: { email: string };
      profile: { department: string | null; firstName: string };
    }>();
    expect(page.user.email).toBe("sasha.ivanova@example.com");
    expect(page.profile).toMatchObject({ department: null, firstName: "Sasha" });
  });

  it("shows a user's sessions, groups and recent history, and signs them out of one or all", async () => {
    const user = await createTestUser(server);
    const phone = new CookieJar();
    const laptop = new CookieJar();
    await signIn(server, phone, user);
    await signIn(server, laptop, user);
    const group = await callApi(server, adminJar, "POST", "/api/admin/groups", { name: "Ops" });
    const groupId = group
      .json<{ groups: { id: string; name: string }[] }>()
      .groups.find((each) => each.name === "Ops")?.id;
    await callApi(server, adminJar, "POST", `/api/admin/groups/${groupId}/members`, {
      userId: user.id,
      member: true,
    });
    type Detail = {
      sessions: { id: string }[];
      groups: { name: string }[];
      history: { event: string; title: string }[];
    };
    const detail = (
      await callApi(server, adminJar, "GET", `/api/admin/users/${user.id}`)
    ).json<Detail>();
    expect(detail.sessions).toHaveLength(2);
    expect(detail.groups).toEqual([{ id: groupId, name: "Ops" }]);
    expect(detail.history.map((event) => event.title)).toContain("Signed in");

    const [first] = detail.sessions;
    const one = await callApi(
      server,
      adminJar,
      "POST",
      `/api/admin/users/${user.id}/sessions/${first?.id}/revoke`,
    );
    expect(one.json<Detail>().sessions).toHaveLength(1);
    const again = await callApi(
      server,
      adminJar,
      "POST",
      `/api/admin/users/${user.id}/sessions/${first?.id}/revoke`,
    );
    expect(again.statusCode).toBe(404);

    const all = await callApi(
      server,
      adminJar,
      "POST",
      `/api/admin/users/${user.id}/sign-out-everywhere`,
    );
    expect(all.json<Detail>().sessions).toEqual([]);
    for (const jar of [phone, laptop]) {
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    }
    const titles = (await callApi(server, adminJar, "GET", `/api/admin/users/${user.id}`))
      .json<Detail>()
      .history.map((event) => event.title);
    expect(titles).toEqual(
      expect.arrayContaining(["Signed out everywhere by an admin", "Signed out a session"]),
    );
  });

  it("answers an unknown user with USER_NOT_FOUND on every user route", async () => {
    for (const [method, path] of [
      ["GET", "/api/admin/users/nobody"],
      ["PATCH", "/api/admin/users/nobody"],
      ["POST", "/api/admin/users/nobody/sign-out-everywhere"],
    ] as const) {
      const response = await callApi(
        server,
        adminJar,
        method,
        path,
        method === "PATCH" ? { jobTitle: "X" } : {},
      );
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: "USER_NOT_FOUND" });
    }
  });
});
