// Who may reach SCIM (issue 21), on both databases: every registered SCIM route refuses a request
// without a token, with a portal session, or with a token lacking the scim scope; the discovery
// documents a client reads first are served.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../server/auth/session.ts";
import { apiScopes } from "../../server/schemas/api-tokens.ts";
import { dialects } from "../fixtures/databases.ts";
import { createRouteCatalogue, fillPath } from "../fixtures/route-catalogue.ts";
import {
  enterpriseSchema,
  expectScimError,
  newScimUser as newUser,
  scim,
  scimToken,
  userSchema,
} from "../fixtures/scim.ts";
import {
  createTestUser,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

const fillerId = "00000000-0000-4000-8000-000000000000";

for (const dialect of dialects) {
  describe(`SCIM access (${dialect})`, () => {
    const catalogue = createRouteCatalogue();
    let server: TestServer;
    let token: string;

    beforeAll(async () => {
      server = await startTestServer(dialect, { onRoute: catalogue.onRoute });
      token = await scimToken(server);
    });
    afterAll(() => server.close());

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
