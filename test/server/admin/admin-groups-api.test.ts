// The console's group page over HTTP on both databases: create, rename (audited with the name
// before and after), a name that is empty or another group's refused on the field, members by
// name, the apps the group grants — and a member of the group sees those apps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../../fixtures/test-server.ts";

type GroupPage = {
  id: string;
  name: string;
  members: { id: string; displayName: string; email: string }[];
  apps: { id: string; displayName: string; kind: string }[];
};

for (const dialect of dialects) {
  describe(`admin groups API (${dialect})`, () => {
    let server: TestServer;
    const adminJar = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await signIn(server, adminJar, await createTestUser(server, { role: "admin" }));
    });
    afterAll(() => server.close());

    async function createGroup(name: string): Promise<string> {
      const created = await callApi(server, adminJar, "POST", "/api/admin/groups", { name });
      expect(created.statusCode).toBe(200);
      const groups = created.json<{ groups: { id: string; name: string }[] }>().groups;
      const group = groups.find((each) => each.name === name);
      expect(group).toBeDefined();
      return group?.id ?? "";
    }

    it("renames a group, audited with the name before and after", async () => {
      const id = await createGroup("Finance");
      const renamed = await callApi(server, adminJar, "PATCH", `/api/admin/groups/${id}`, {
        name: "  Finance & Controlling ",
      });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json<GroupPage>()).toMatchObject({ id, name: "Finance & Controlling" });
      const audit = await server.context.db
        .selectFrom("audit_events")
        .selectAll()
        .where("event", "=", "group.renamed")
        .where("target_id", "=", id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]?.details ?? "{}")).toEqual({
        changed: ["name"],
        before: { name: "Finance" },
        after: { name: "Finance & Controlling" },
      });
      const page = await callApi(server, adminJar, "GET", `/api/admin/groups/${id}`);
      expect(page.json<GroupPage>().name).toBe("Finance & Controlling");
    });

    it("refuses an empty name or another group's on the name field, and changes nothing", async () => {
      const id = await createGroup("Sales");
      await createGroup("Support");
      for (const [name, reason] of [
        ["Support", "name_taken"],
        ["   ", "empty"],
        ["", "empty"],
      ] as const) {
        const refused = await callApi(server, adminJar, "PATCH", `/api/admin/groups/${id}`, {
          name,
        });
        expect(refused.statusCode, JSON.stringify(name)).toBe(400);
        expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "name", reason });
      }
      const duplicate = await callApi(server, adminJar, "POST", "/api/admin/groups", {
        name: "Sales",
      });
      expect(duplicate.json()).toMatchObject({ field: "name", reason: "name_taken" });
      const page = await callApi(server, adminJar, "GET", `/api/admin/groups/${id}`);
      expect(page.json<GroupPage>().name).toBe("Sales");
      const unknown = await callApi(
        server,
        adminJar,
        "PATCH",
        "/api/admin/groups/00000000-0000-4000-8000-000000000000",
        { name: "Ghosts" },
      );
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ code: "GROUP_NOT_FOUND" });
    });

    it("shows members by name and the apps the group grants, which its members then see", async () => {
      const id = await createGroup("Engineering");
      const member = await createTestUser(server);
      const app = await callApi(server, adminJar, "POST", "/api/admin/apps", {
        kind: "bookmark",
        displayName: "Build dashboard",
        bookmark: { url: "https://ci.example.com/" },
      });
      const appId = app.json<{ app: { id: string } }>().app.id;
      const added = await callApi(server, adminJar, "POST", `/api/admin/groups/${id}/members`, {
        userId: member.id,
        member: true,
      });
      expect(added.statusCode).toBe(200);
      const granted = await callApi(
        server,
        adminJar,
        "POST",
        `/api/admin/apps/${appId}/assignments`,
        {
          principalType: "group",
          principalId: id,
          assigned: true,
        },
      );
      expect(granted.statusCode).toBe(200);

      const page = (
        await callApi(server, adminJar, "GET", `/api/admin/groups/${id}`)
      ).json<GroupPage>();
      expect(page.members).toEqual([
        { id: member.id, displayName: expect.any(String) as string, email: member.email },
      ]);
      expect(page.apps).toEqual([{ id: appId, displayName: "Build dashboard", kind: "bookmark" }]);

      const memberJar = new CookieJar();
      await signIn(server, memberJar, member);
      const apps = (await callApi(server, memberJar, "GET", "/api/apps")).json<{
        apps: { id: string }[];
      }>();
      expect(apps.apps.map((each) => each.id)).toContain(appId);

      await callApi(server, adminJar, "POST", `/api/admin/groups/${id}/members`, {
        userId: member.id,
        member: false,
      });
      const after = (
        await callApi(server, adminJar, "GET", `/api/admin/groups/${id}`)
      ).json<GroupPage>();
      expect(after.members).toEqual([]);
      const removed = await server.context.db
        .selectFrom("audit_events")
        .select("details")
        .where("event", "=", "group.member_removed")
        .where("target_id", "=", id)
        .executeTakeFirst();
      expect(JSON.parse(removed?.details ?? "{}")).toEqual({
        userId: member.id,
        user: member.email,
        group: "Engineering",
      });
    });
  });
}
