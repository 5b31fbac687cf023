// SCIM Groups (issue 21), on both databases: the groups apps are assigned to, created, renamed and
// given members by a provisioning client, with RFC 7644's own PATCH examples; every change is
// audited as the token, and each User shows the groups it is in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { errorSchema, patchOf, scim, scimToken, userSchema } from "../fixtures/scim.ts";
import {
  addMemberExample,
  removeAllMembersExample,
  removeMemberExample,
} from "../fixtures/scim-rfc7644/examples.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

const groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";

for (const dialect of dialects) {
  describe(`SCIM Groups (${dialect})`, () => {
    let server: TestServer;
    let token: string;
    const people: string[] = [];

    const memberIds = (body: Record<string, unknown>) =>
      ((body.members ?? []) as { value: string }[]).map((member) => member.value).sort();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      token = await scimToken(server);
      for (const name of ["babs", "kim", "lou"]) {
        const created = await scim(server, token, "POST", "Users", {
          schemas: [userSchema],
          userName: name,
          emails: [{ value: `${name}@example.com`, type: "work" }],
        });
        people.push(created.body.id as string);
      }
    });
    afterAll(() => server.close());

    it("creates a group with members, finds it by displayName, and shows it on each member", async () => {
      const [babs = "", kim = ""] = people;
      const created = await scim(server, token, "POST", "Groups", {
        schemas: [groupSchema],
        displayName: "Finance",
        members: [{ value: babs }, { value: kim }],
      });
      expect(created.status).toBe(201);
      expect(created.headers.etag).toBe((created.body.meta as { version: string }).version);
      expect(memberIds(created.body)).toEqual([babs, kim].sort());
      const found = await scim(
        server,
        token,
        "GET",
        `Groups?filter=${encodeURIComponent('displayName eq "finance"')}`,
      );
      expect(found.body.totalResults).toBe(1);
      const user = await scim(server, token, "GET", `Users/${babs}`);
      expect(user.body.groups).toEqual([{ value: created.body.id, display: "Finance" }]);
      const duplicate = await scim(server, token, "POST", "Groups", {
        schemas: [groupSchema],
        displayName: "Finance",
      });
      expect(duplicate.body).toMatchObject({
        schemas: [errorSchema],
        status: "409",
        scimType: "uniqueness",
      });
      const stranger = await scim(server, token, "POST", "Groups", {
        schemas: [groupSchema],
        displayName: "Ghosts",
        members: [{ value: "00000000-0000-4000-8000-000000000000" }],
      });
      expect(stranger.body).toMatchObject({ status: "400", scimType: "invalidValue" });
    });

    it("§3.5.2: adds, removes one and removes all members as RFC 7644's examples do; renames; deletes", async () => {
      const [babs = "", kim = "", lou = ""] = people;
      const created = await scim(server, token, "POST", "Groups", {
        schemas: [groupSchema],
        displayName: "Sales",
        members: [{ value: kim }],
      });
      const id = created.body.id as string;
      const added = await scim(server, token, "PATCH", `Groups/${id}`, addMemberExample(babs));
      expect(added.status).toBe(200);
      expect(memberIds(added.body)).toEqual([babs, kim].sort());
      const removed = await scim(server, token, "PATCH", `Groups/${id}`, removeMemberExample(kim));
      expect(memberIds(removed.body)).toEqual([babs]);
      // A widely used client removes members with a value list: only those go.
      await scim(
        server,
        token,
        "PATCH",
        `Groups/${id}`,
        patchOf({ op: "add", path: "members", value: [{ value: lou }] }),
      );
      const some = await scim(
        server,
        token,
        "PATCH",
        `Groups/${id}`,
        patchOf({ op: "remove", path: "members", value: [{ value: babs }] }),
      );
      expect(memberIds(some.body)).toEqual([lou]);
      const emptied = await scim(server, token, "PATCH", `Groups/${id}`, removeAllMembersExample);
      expect(memberIds(emptied.body)).toEqual([]);
      const renamed = await scim(
        server,
        token,
        "PATCH",
        `Groups/${id}`,
        patchOf({ op: "replace", path: "displayName", value: "Sales EMEA" }),
        { "if-match": String(emptied.headers.etag) },
      );
      expect(renamed.body.displayName).toBe("Sales EMEA");
      const stale = await scim(
        server,
        token,
        "PUT",
        `Groups/${id}`,
        { schemas: [groupSchema], displayName: "Other", members: [] },
        { "if-match": String(emptied.headers.etag) },
      );
      expect(stale.status).toBe(412);
      const replaced = await scim(server, token, "PUT", `Groups/${id}`, {
        schemas: [groupSchema],
        displayName: "Sales EMEA",
        members: [{ value: lou }, { value: kim }],
      });
      expect(memberIds(replaced.body)).toEqual([kim, lou].sort());
      const events = await server.context.db
        .selectFrom("audit_events")
        .select(["event", "actor_id"])
        .where("target_id", "=", id)
        .execute();
      expect(new Set(events.map((event) => event.event))).toEqual(
        new Set(["group.created", "group.member_added", "group.member_removed", "group.renamed"]),
      );
      expect(events.every((event) => event.actor_id?.startsWith("api-token:"))).toBe(true);
      expect((await scim(server, token, "DELETE", `Groups/${id}`)).status).toBe(204);
      expect((await scim(server, token, "GET", `Groups/${id}`)).status).toBe(404);
      const kimNow = await scim(server, token, "GET", `Users/${kim}`);
      expect(
        (kimNow.body.groups as { display: string }[] | undefined)?.map((group) => group.display),
      ).toEqual(["Finance"]);
    });
  });
}
