// SCIM 2.0 provisioning of Users (issue 21), on both databases: the round trip an HR system runs —
// create, patch, deactivate — signs the person out everywhere; ETags guard against lost updates;
// every refusal is in RFC 7644's error format; only a token with the scim scope gets in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../server/auth/session.ts";
import { apiScopes } from "../../server/schemas/api-tokens.ts";
import { dialects } from "../fixtures/databases.ts";
import { createRouteCatalogue, fillPath } from "../fixtures/route-catalogue.ts";
import {
  enterpriseSchema,
  errorSchema,
  patchOf,
  scim,
  scimToken,
  userSchema,
  type ScimAnswer,
} from "../fixtures/scim.ts";
import {
  createTestUser,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

const fillerId = "00000000-0000-4000-8000-000000000000";

function expectScimError(answer: ScimAnswer, status: number, scimType?: string) {
  expect(answer.contentType).toMatch(/^application\/scim\+json/);
  expect(answer.status).toBe(status);
  expect(answer.body.schemas).toEqual([errorSchema]);
  expect(answer.body.status).toBe(String(status));
  expect(typeof answer.body.detail).toBe("string");
  expect(answer.body.scimType).toBe(scimType);
}

let counter = 0;
function newUser(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    schemas: [userSchema, enterpriseSchema],
    userName: `pat.lee${counter}`,
    externalId: `hr-${counter}`,
    name: { givenName: "Pat", familyName: "Lee" },
    emails: [{ value: `pat.lee${counter}@example.com`, type: "work", primary: true }],
    [enterpriseSchema]: { employeeNumber: `E${counter}`, department: "Finance" },
    ...overrides,
  };
}

for (const dialect of dialects) {
  describe(`SCIM Users (${dialect})`, () => {
    const catalogue = createRouteCatalogue();
    let server: TestServer;
    let token: string;

    beforeAll(async () => {
      server = await startTestServer(dialect, { onRoute: catalogue.onRoute });
      token = await scimToken(server);
    });
    afterAll(() => server.close());

    async function sessionWorks(cookie: string): Promise<boolean> {
      const response = await server.request({
        method: "GET",
        url: "/api/me",
        cookies: { gh_session: cookie },
      });
      return response.statusCode === 200;
    }

    it("create → patch → deactivate signs the user out everywhere, audited as the token", async () => {
      const created = await scim(server, token, "POST", "Users", newUser());
      expect(created.status).toBe(201);
      expect(created.contentType).toMatch(/^application\/scim\+json/);
      const id = created.body.id as string;
      const meta = created.body.meta as Record<string, string>;
      expect(created.headers.location).toBe(`${testOrigin}/scim/v2/Users/${id}`);
      expect(created.headers.etag).toBe(meta.version);
      expect(created.body.active).toBe(true);

      // The person signs in on two devices.
      const sessions = await Promise.all(
        [1, 2].map(() => createSession(server.context, id, { ip: null, userAgent: null })),
      );
      for (const { token: cookie } of sessions) {
        expect(await sessionWorks(cookie)).toBe(true);
      }

      server.clock.advance(60_000);
      const patched = await scim(
        server,
        token,
        "PATCH",
        `Users/${id}`,
        patchOf(
          { op: "replace", path: "name.givenName", value: "Patricia" },
          { op: "replace", path: 'emails[type eq "work"].value', value: "patricia@example.com" },
          { op: "add", path: "title", value: "Controller" },
        ),
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        name: { givenName: "Patricia", familyName: "Lee" },
        emails: [{ value: "patricia@example.com", type: "work", primary: true }],
        title: "Controller",
        active: true,
      });
      expect(patched.headers.etag).not.toBe(created.headers.etag);
      // The profile the portal shows is the one SCIM wrote.
      const me = await server.request({
        method: "GET",
        url: "/api/me",
        cookies: { gh_session: sessions[0]?.token ?? "" },
      });
      expect(me.json()).toMatchObject({
        email: "patricia@example.com",
        firstName: "Patricia",
        employment: { jobTitle: "Controller", department: "Finance" },
      });

      const deactivated = await scim(
        server,
        token,
        "PATCH",
        `Users/${id}`,
        patchOf({ op: "replace", path: "active", value: false }),
      );
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.active).toBe(false);
      for (const { token: cookie } of sessions) {
        expect(await sessionWorks(cookie)).toBe(false);
      }
      const events = await server.context.db
        .selectFrom("audit_events")
        .select(["event", "actor_id"])
        .where("target_id", "=", id)
        .orderBy("at")
        .execute();
      expect(events.map((event) => event.event)).toEqual(
        expect.arrayContaining(["user.created", "profile.changed", "user.disabled"]),
      );
      expect(new Set(events.map((event) => event.actor_id)).size).toBe(1);
      expect(events[0]?.actor_id).toMatch(/^api-token:/);
    });

    it("reactivating with PUT keeps the person out until they sign in again; DELETE removes them", async () => {
      const created = await scim(server, token, "POST", "Users", newUser({ active: false }));
      expect(created.body.active).toBe(false);
      const id = created.body.id as string;
      const replaced = await scim(server, token, "PUT", `Users/${id}`, {
        ...newUser(),
        userName: created.body.userName,
        emails: created.body.emails,
        active: true,
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body.active).toBe(true);
      expect(replaced.body.externalId).not.toBe(created.body.externalId);
      const deleted = await scim(server, token, "DELETE", `Users/${id}`);
      expect(deleted.status).toBe(204);
      expectScimError(await scim(server, token, "GET", `Users/${id}`), 404);
      expectScimError(await scim(server, token, "DELETE", `Users/${id}`), 404);
    });

    it("ETags: the version a client read is the one it may change; a stale If-Match is 412", async () => {
      const created = await scim(server, token, "POST", "Users", newUser());
      const id = created.body.id as string;
      const read = await scim(server, token, "GET", `Users/${id}`);
      expect(read.headers.etag).toBe((read.body.meta as Record<string, string>).version);
      const stale = String(read.headers.etag);
      const first = await scim(
        server,
        token,
        "PATCH",
        `Users/${id}`,
        patchOf({ op: "replace", path: "displayName", value: "P. Lee" }),
        { "if-match": stale },
      );
      expect(first.status).toBe(200);
      for (const method of ["PATCH", "PUT", "DELETE"] as const) {
        const body =
          method === "PATCH"
            ? patchOf({ op: "replace", path: "displayName", value: "Someone else" })
            : method === "PUT"
              ? { ...newUser(), userName: read.body.userName, emails: read.body.emails }
              : undefined;
        expectScimError(
          await scim(server, token, method, `Users/${id}`, body, { "if-match": stale }),
          412,
        );
      }
      const unchanged = await scim(server, token, "GET", `Users/${id}`);
      expect(unchanged.body.displayName).toBe("P. Lee");
      const current = await scim(server, token, "DELETE", `Users/${id}`, undefined, {
        "if-match": String(unchanged.headers.etag),
      });
      expect(current.status).toBe(204);
    });

    it("uniqueness, bad input and unknown paths are refused in the SCIM error format", async () => {
      const taken = newUser();
      expect((await scim(server, token, "POST", "Users", taken)).status).toBe(201);
      const sameName = newUser({ userName: taken.userName.toUpperCase() });
      expectScimError(await scim(server, token, "POST", "Users", sameName), 409, "uniqueness");
      const sameEmail = newUser({ emails: taken.emails });
      expectScimError(await scim(server, token, "POST", "Users", sameEmail), 409, "uniqueness");
      const other = await scim(server, token, "POST", "Users", newUser());
      const id = other.body.id as string;
      const cases: [unknown, number, string | undefined][] = [
        [newUser({ userName: "a\u0000b" }), 400, "invalidValue"],
        [newUser({ password: "s3cret!" }), 400, "mutability"],
        [newUser({ emails: [{ value: "not-an-address", type: "work" }] }), 400, "invalidValue"],
        [newUser({ emails: [{ value: "x@example.com", type: "pager" }] }), 400, "invalidValue"],
        [{ ...newUser(), schemas: ["urn:example:Other"] }, 400, "invalidSyntax"],
      ];
      for (const [body, status, scimType] of cases) {
        expectScimError(await scim(server, token, "POST", "Users", body), status, scimType);
      }
      const patches: [object, string][] = [
        [patchOf({ op: "replace", path: "favouriteColour", value: "x" }), "invalidPath"],
        [patchOf({ op: "replace", path: "emails[type eq", value: "x" }), "invalidPath"],
        [patchOf({ op: "replace", path: "id", value: fillerId }), "mutability"],
        [patchOf({ op: "replace", path: "name.formatted", value: "x" }), "mutability"],
        [patchOf({ op: "remove", path: 'phoneNumbers[type eq "work"]' }), "noTarget"],
        [patchOf({ op: "remove" }), "noTarget"],
        [patchOf({ op: "move", path: "title" }), "invalidValue"],
        [patchOf({ op: "replace", path: "active", value: "maybe" }), "invalidValue"],
      ];
      for (const [body, scimType] of patches) {
        expectScimError(await scim(server, token, "PATCH", `Users/${id}`, body), 400, scimType);
      }
      expectScimError(
        await scim(server, token, "PATCH", `Users/${id}`, {
          schemas: [userSchema],
          Operations: [],
        }),
        400,
        "invalidValue",
      );
      expectScimError(await scim(server, token, "GET", `Users/${fillerId}`), 404);
      expectScimError(await scim(server, token, "GET", "Nothing/here"), 404);
      const malformed = await server.request({
        method: "POST",
        url: "/scim/v2/Users",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
        payload: "{",
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ status: "400", scimType: "invalidSyntax" });
    });

    it("of clients racing to create the same userName, one wins and the others hear 409", async () => {
      const body = newUser();
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          scim(server, token, "POST", "Users", {
            ...body,
            emails: [{ value: `racer${index}.${counter}@example.com`, type: "work" }],
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
      for (const answer of answers.filter((each) => each.status === 409)) {
        expectScimError(answer, 409, "uniqueness");
      }
    });

    it("takes application/json as well, and a token is exempt from the CSRF check", async () => {
      const response = await server.request({
        method: "POST",
        url: "/scim/v2/Users",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          origin: "https://elsewhere.example",
        },
        payload: JSON.stringify(newUser()),
      });
      expect(response.statusCode).toBe(201);
    });

    it("every SCIM route: no token or a session is 401, a token without the scim scope 403", async () => {
      const routes = catalogue.routes.filter((route) => route.url.startsWith("/scim/v2/"));
      const operations = routes.flatMap((route) =>
        route.methods.filter((method) => method !== "HEAD").map((method) => ({ method, route })),
      );
      expect(operations.length).toBeGreaterThanOrEqual(10);
      const withoutScim = await scimToken(
        server,
        apiScopes.filter((scope) => scope !== "scim"),
      );
      const admin = await createTestUser(server, { role: "admin" });
      const { token: adminCookie } = await createSession(server.context, admin.id, {
        ip: null,
        userAgent: null,
      });
      for (const { method, route } of operations) {
        expect(route.apiScope).toBe("scim");
        const path = fillPath(route.url, fillerId);
        const verb = method as "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
        // A portal-like request must get past the CSRF check (a JSON body) to reach the token check.
        const body =
          method === "GET"
            ? undefined
            : method === "DELETE"
              ? {}
              : route.url.includes("Groups")
                ? { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "G" }
                : newUser();
        const refused = await scim(server, withoutScim, verb, path, body);
        expectScimError(refused, 403);
        expect(refused.body.detail).toBe("This API token lacks the scim scope.");
        // Without a token, the CSRF check applies first: our origin and a JSON body pass it.
        const portalLike = {
          origin: testOrigin,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        };
        expectScimError(await scim(server, undefined, verb, path, body, portalLike), 401);
        const bySession = await scim(server, undefined, verb, path, body, {
          ...portalLike,
          cookie: `gh_session=${adminCookie}`,
        });
        expectScimError(bySession, 401);
        expectScimError(await scim(server, "bad.token", verb, path, body), 401);
      }
    });

    it("serves the discovery documents a client reads first", async () => {
      const config = await scim(server, token, "GET", "ServiceProviderConfig");
      expect(config.body).toMatchObject({
        patch: { supported: true },
        filter: { supported: true, maxResults: 200 },
        etag: { supported: true },
        bulk: { supported: false },
        sort: { supported: true },
      });
      const types = await scim(server, token, "GET", "ResourceTypes");
      expect(types.body.Resources).toEqual([
        expect.objectContaining({ id: "User", endpoint: "/Users", schema: userSchema }),
        expect.objectContaining({ id: "Group", endpoint: "/Groups" }),
      ]);
      const schemas = await scim(server, token, "GET", "Schemas");
      const ids = (schemas.body.Resources as { id: string }[]).map((schema) => schema.id);
      expect(ids).toEqual([
        userSchema,
        enterpriseSchema,
        "urn:ietf:params:scim:schemas:core:2.0:Group",
      ]);
      const user = await scim(server, token, "GET", `Schemas/${userSchema}`);
      const names = (user.body.attributes as { name: string }[]).map((attribute) => attribute.name);
      expect(names).toEqual(expect.arrayContaining(["userName", "name", "emails", "active"]));
      expectScimError(await scim(server, token, "GET", "Schemas/urn:nothing"), 404);
      expect((await scim(server, token, "GET", "ResourceTypes/User")).status).toBe(200);
    });
  });
}
