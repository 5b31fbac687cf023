// Generated hostile input to the SCIM service provider with a valid token, on both databases: the
// general suite (generated-input.test.ts) stops at the token check on these routes, so this one
// goes past it. Filters and PATCH paths built from grammar fragments and hostile strings, bodies of
// any JSON shape: the answer is never a 5xx, every refusal is in the SCIM error format, and the
// account being attacked is still readable afterwards. Each token's per-minute limit holds too.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { hostileString, percentEncode } from "../fixtures/hostile-input.ts";
import { errorSchema, patchSchema, scim, scimToken, userSchema } from "../fixtures/scim.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

const fragments = [
  "userName",
  "emails",
  "emails.value",
  "name.givenName",
  "active",
  "meta.lastModified",
  "urn:ietf:params:scim:schemas:core:2.0:User:",
  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
  "eq",
  "co",
  "pr",
  "gt",
  "and",
  "or",
  "not",
  "(",
  ")",
  "[",
  "]",
  '"x"',
  '"\\u0000"',
  '"\\ud800"',
  '"',
  "\\",
  "true",
  "null",
  "1e999",
  "-0",
  ".",
  ":",
  " ",
];

const filterText = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join(" ")),
  fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join("")),
  hostileString(200),
);

const operation = fc.record(
  {
    op: fc.oneof(fc.constantFrom("add", "replace", "remove", "Replace"), hostileString(12)),
    path: filterText,
    value: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: ["op"] },
);

for (const dialect of dialects) {
  describe(`hostile SCIM input with a valid token (${dialect})`, () => {
    let server: TestServer;
    let token: string;
    let id: string;
    let groupId: string;

    beforeAll(async () => {
      // Thousands of requests from one token: its per-minute limit is proven below, not here.
      server = await startTestServer(dialect, { config: { apiTokenRateLimitPerMinute: 100_000 } });
      token = await scimToken(server);
      const created = await scim(server, token, "POST", "Users", {
        schemas: [userSchema],
        userName: "target",
        emails: [{ value: "target@example.com", type: "work" }],
      });
      id = created.body.id as string;
      const group = await scim(server, token, "POST", "Groups", {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        displayName: "Targets",
        members: [{ value: id }],
      });
      groupId = group.body.id as string;
    });
    afterAll(() => server.close());

    function expectHandled(answer: Awaited<ReturnType<typeof scim>>, what: string) {
      expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
      expect(answer.contentType, what).toMatch(/^application\/scim\+json/);
      if (answer.status >= 400) {
        expect(answer.body.schemas, what).toEqual([errorSchema]);
        expect(answer.body.status, what).toBe(String(answer.status));
      }
    }

    it("answers generated filters, paging and PATCH bodies without a 5xx, in SCIM's format", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("Users", "Groups"),
          filterText,
          fc.integer(),
          fc.integer(),
          async (resource, filter, start, count) => {
            const query = `${resource}?filter=${percentEncode(filter)}&startIndex=${start}&count=${count}`;
            expectHandled(await scim(server, token, "GET", query), query);
          },
        ),
        { numRuns: 300 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(operation, { minLength: 1, maxLength: 4 }),
          fc.boolean(),
          async (operations, onGroup) => {
            const body = { schemas: [patchSchema], Operations: operations };
            const path = onGroup ? `Groups/${groupId}` : `Users/${id}`;
            expectHandled(await scim(server, token, "PATCH", path, body), JSON.stringify(body));
          },
        ),
        { numRuns: 300 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom(
              "userName",
              "name",
              "emails",
              "active",
              "phoneNumbers",
              "addresses",
              "externalId",
              "title",
              "password",
              "groups",
            ),
            fc.jsonValue({ maxDepth: 3 }),
          ),
          fc.constantFrom("POST", "PUT"),
          async (attributes, method) => {
            const body = { schemas: [userSchema], ...attributes };
            const path = method === "POST" ? "Users" : `Users/${id}`;
            expectHandled(await scim(server, token, method, path, body), JSON.stringify(body));
          },
        ),
        { numRuns: 200 },
      );
      const still = await scim(server, token, "GET", `Users/${id}`);
      expect(still.status).toBe(200);
      expect((await scim(server, token, "GET", `Groups/${groupId}`)).status).toBe(200);
      const ready = await server.request({ method: "GET", url: "/readyz" });
      expect(ready.statusCode).toBe(200);
    }, 600_000);
  });

  it(`limits each token per minute on SCIM routes too, answered in SCIM's format (${dialect})`, async () => {
    const limited = await startTestServer(dialect, { config: { apiTokenRateLimitPerMinute: 3 } });
    try {
      const [first, second] = [await scimToken(limited), await scimToken(limited)];
      for (let request = 0; request < 3; request += 1) {
        expect((await scim(limited, first, "GET", "Users")).status).toBe(200);
      }
      const over = await scim(limited, first, "GET", "ServiceProviderConfig");
      expect(over.status).toBe(429);
      expect(over.body).toMatchObject({ schemas: [errorSchema], status: "429" });
      expect(Number(over.headers["retry-after"])).toBeGreaterThan(0);
      expect((await scim(limited, second, "GET", "Users")).status).toBe(200);
      limited.clock.advance(60_000);
      expect((await scim(limited, first, "GET", "Users")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
}
