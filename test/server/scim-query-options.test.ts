// SCIM query options (RFC 7644 §3.4.2.3, §3.4.2.5, §3.9), on both databases: `attributes` and
// `excludedAttributes` on GET, list, POST, PUT and PATCH answers (the RFC's own examples first),
// `sortBy`/`sortOrder` against an independent ordering of generated people, and the indexed
// `userName eq` / `externalId eq` filters, also across read batches and for folded characters.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scimBatchSize } from "../../server/scim/scim-list.ts";
import { dialects } from "../fixtures/databases.ts";
import { enterpriseSchema, patchOf, scim, scimToken, userSchema } from "../fixtures/scim.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

// userName, familyName, title (or none), department (or none)
const people = [
  ["bjensen", "Jensen", "Tour Guide", "Tours"],
  ["ann", "archer", null, "Sales"],
  ["Zed", "zimmer", "engineer", null],
  ["émile", "Émond", "designer", null],
  ["carla", "Cruz", "engineer", "Sales"],
  ["dan", "archer", null, null],
] as const;

for (const dialect of dialects) {
  describe(`SCIM query options (${dialect})`, () => {
    let server: TestServer;
    let token: string;
    const ids = new Map<string, string>();
    const get = (path: string) => scim(server, token, "GET", path);

    beforeAll(async () => {
      server = await startTestServer(dialect);
      token = await scimToken(server);
      for (const [userName, familyName, title, department] of people) {
        const created = await scim(server, token, "POST", "Users", {
          schemas: [userSchema, enterpriseSchema],
          userName,
          externalId: `hr-${userName}`,
          name: { givenName: userName, familyName },
          ...(title === null ? {} : { title }),
          emails: [{ value: `${userName}@example.com`, type: "work" }],
          ...(department === null ? {} : { [enterpriseSchema]: { department } }),
        });
        expect(created.status).toBe(201);
        ids.set(userName, String(created.body.id));
        server.clock.advance(1000);
      }
    });
    afterAll(() => server.close());

    it("RFC 7644 §3.9: attributes=userName returns schemas, id and userName only", async () => {
      const id = ids.get("bjensen") ?? "";
      const answer = await get(`Users/${id}?attributes=userName`);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        schemas: [userSchema, enterpriseSchema],
        id,
        userName: "bjensen",
      });
      const whole = await get(`Users/${id}`);
      expect(answer.headers.etag).toBe(whole.headers.etag); // the version of the whole resource
    });

    it("selects sub-attributes, extension attributes and whole extensions, in any case", async () => {
      const id = ids.get("bjensen") ?? "";
      const some = await get(
        `Users/${id}?attributes=NAME.familyName,emails.value,${enterpriseSchema}:department`,
      );
      expect(some.body).toEqual({
        schemas: [userSchema, enterpriseSchema],
        id,
        name: { familyName: "Jensen" },
        emails: [{ value: "bjensen@example.com" }],
        [enterpriseSchema]: { department: "Tours" },
      });
      const extension = await get(`Users/${id}?attributes=${enterpriseSchema}`);
      expect(extension.body).toEqual({
        schemas: [userSchema, enterpriseSchema],
        id,
        [enterpriseSchema]: { department: "Tours" },
      });
    });

    it("excludedAttributes drops what it names but never id (returned: always)", async () => {
      const id = ids.get("bjensen") ?? "";
      const answer = await get(`Users/${id}?excludedAttributes=id,meta,emails,name.givenName`);
      expect(answer.body.id).toBe(id);
      expect(answer.body).not.toHaveProperty("meta");
      expect(answer.body).not.toHaveProperty("emails");
      expect(answer.body.name).toEqual({ familyName: "Jensen", formatted: "bjensen Jensen" });
      expect(answer.body.userName).toBe("bjensen");
    });

    it("applies to lists, and to the POST, PUT and PATCH answers", async () => {
      const listed = await get("Users?attributes=userName&filter=title%20pr");
      expect(listed.body.totalResults).toBe(4);
      for (const resource of listed.body.Resources as Record<string, unknown>[]) {
        expect(Object.keys(resource).sort()).toEqual(["id", "schemas", "userName"]);
      }
      const created = await scim(server, token, "POST", "Users?attributes=userName", {
        schemas: [userSchema],
        userName: "fresh",
        emails: [{ value: "fresh@example.com", type: "work" }],
      });
      expect(created.status).toBe(201);
      expect(Object.keys(created.body).sort()).toEqual(["id", "schemas", "userName"]);
      const path = `Users/${String(created.body.id)}`;
      const patched = await scim(
        server,
        token,
        "PATCH",
        `${path}?excludedAttributes=emails,meta`,
        patchOf({ op: "replace", path: "title", value: "intern" }),
      );
      expect(patched.body.title).toBe("intern");
      expect(patched.body).not.toHaveProperty("emails");
      const replaced = await scim(server, token, "PUT", `${path}?attributes=title`, {
        schemas: [userSchema],
        userName: "fresh",
        title: "lead",
        emails: [{ value: "fresh@example.com", type: "work" }],
      });
      expect(replaced.body).toMatchObject({ id: created.body.id, title: "lead" });
      expect(replaced.body).not.toHaveProperty("userName");
      expect((await scim(server, token, "DELETE", path)).status).toBe(204);
    });

    it("refuses a malformed attribute name or sort option with invalidValue", async () => {
      for (const query of [
        "attributes=na*me",
        "excludedAttributes=emails..value",
        "sortBy=shoeSize",
        "sortBy=userName&sortOrder=up",
      ]) {
        const answer = await get(`Users?${query}`);
        expect(answer.status, query).toBe(400);
        expect(answer.body.scimType, query).toBe("invalidValue");
      }
    });

    it("sortBy and sortOrder order the list like an independent sort", async () => {
      const keys = {
        userName: (person: (typeof people)[number]) => person[0].toLowerCase(),
        "name.familyName": (person: (typeof people)[number]) => person[1].toLowerCase(),
        title: (person: (typeof people)[number]) => person[2]?.toLowerCase(),
        [`${enterpriseSchema}:department`]: (person: (typeof people)[number]) =>
          person[3]?.toLowerCase(),
      };
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...(Object.keys(keys) as (keyof typeof keys)[])),
          fc.constantFrom("ascending", "descending", "DESCENDING", undefined),
          async (sortBy, sortOrder) => {
            const descending = sortOrder?.toLowerCase() === "descending";
            const expected = people
              .map((person, index) => ({ name: person[0], key: keys[sortBy](person), index }))
              .sort((a, b) => {
                if (a.key === b.key) {
                  return a.index - b.index; // ties keep the stored (creation) order
                }
                // No value: last when ascending, first when descending (RFC 7644 §3.4.2.3).
                const order =
                  a.key === undefined ? 1 : b.key === undefined ? -1 : a.key < b.key ? -1 : 1;
                return descending ? -order : order;
              })
              .map((entry) => entry.name);
            const query = new URLSearchParams({
              sortBy,
              ...(sortOrder === undefined ? {} : { sortOrder }),
              filter: 'emails.value ew "@example.com"',
            });
            const answer = await get(`Users?${query.toString()}`);
            const names = (answer.body.Resources as { userName: string }[]).map((r) => r.userName);
            expect(names).toEqual(expected);
          },
        ),
        { numRuns: 12 },
      );
      // Paging applies after sorting.
      const second = await get("Users?sortBy=userName&startIndex=2&count=2&attributes=userName");
      expect((second.body.Resources as { userName: string }[]).map((r) => r.userName)).toEqual([
        "bjensen",
        "carla",
      ]);
    });

    it("userName eq ignores case, also past ASCII, and the Kelvin sign folds to k", async () => {
      for (const [query, found] of [
        ['userName eq "BJENSEN"', ["bjensen"]],
        ['userName eq "ÉMILE"', ["émile"]],
        ['userName eq "zed" and title eq "engineer"', ["Zed"]],
        ['externalId eq "hr-Zed"', ["Zed"]],
        ['externalId eq "HR-ZED"', []],
      ] as const) {
        const answer = await get(`Users?filter=${encodeURIComponent(query)}`);
        expect((answer.body.Resources as { userName: string }[]).map((r) => r.userName)).toEqual(
          found,
        );
      }
      const kelvin = await scim(server, token, "POST", "Users", {
        schemas: [userSchema],
        userName: "\u212Aate",
        emails: [{ value: "kate@example.com", type: "work" }],
      });
      const answer = await get(`Users?filter=${encodeURIComponent('userName eq "kate"')}`);
      expect((answer.body.Resources as { id: string }[]).map((r) => r.id)).toEqual([
        kelvin.body.id,
      ]);
      await scim(server, token, "DELETE", `Users/${String(kelvin.body.id)}`);
    });

    it("reads every account across batches, even when they share one creation time", async () => {
      const db = server.context.db;
      const model = await db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", ids.get("dan") ?? "")
        .executeTakeFirstOrThrow();
      const clones = Array.from({ length: scimBatchSize * 2 + 7 }, (_, index) => ({
        ...model,
        id: randomUUID(),
        email: `clone${index}@example.com`,
        username: `clone${index}`,
        scim_external_id: `hr-clone${index}`,
      }));
      for (let start = 0; start < clones.length; start += 100) {
        await db
          .insertInto("users")
          .values(clones.slice(start, start + 100))
          .execute();
      }
      const all = await get(`Users?count=0&filter=${encodeURIComponent('userName sw "clone"')}`);
      expect(all.body.totalResults).toBe(clones.length);
      const last = await get(
        `Users?filter=${encodeURIComponent(`externalId eq "hr-clone${clones.length - 1}"`)}`,
      );
      expect(last.body.totalResults).toBe(1);
      const everyone = await get("Users?count=0");
      expect(everyone.body.totalResults).toBe(clones.length + people.length);
    });
  });
}
