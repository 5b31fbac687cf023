// Scopes by route (issue 21), over the whole route table: on every route that accepts API tokens,
// a token holding every scope but the one the route names gets 403, and one holding just that
// scope gets past authentication. Every admin route but the few named here accepts a token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiScopes, type ApiScope } from "../../server/schemas/api-tokens.ts";
import { dialects } from "../fixtures/databases.ts";
import { createRouteCatalogue, fillPath } from "../fixtures/route-catalogue.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

/**
 * Admin routes for signed-in admins only: a token must not mint admins or tokens, or redirect
 * the audit stream.
 */
const sessionOnlyAdminRoutes = [
  "GET /api/admin/api-tokens",
  "POST /api/admin/api-tokens",
  "POST /api/admin/api-tokens/:id/revoke",
  "POST /api/admin/users/:id/role",
  "GET /api/admin/webhooks",
  "POST /api/admin/webhooks",
  "POST /api/admin/webhooks/:id/remove",
  "POST /api/admin/webhooks/test",
  "POST /api/admin/webhooks/:id/pause",
  "POST /api/admin/webhooks/:id/resume",
  "POST /api/admin/webhooks/:id/test",
  "GET /api/admin/webhooks/:id/deliveries",
  "GET /api/admin/webhooks/:id/attempts",
  // Rotating the SSO signing keys changes every app's trust at once: an admin in person only.
  "POST /api/admin/sso-keys/rotate",
  // The console's Settings and CSV import: an admin at the console, each a few a minute or a
  // dry run to read first (docs/admin.md, "Settings" and "Importing users").
  "GET /api/admin/sso-keys",
  "POST /api/admin/settings/mail-test",
  "POST /api/admin/users/:id/invitation",
  "POST /api/admin/users/import/dry-run",
  "POST /api/admin/users/import",
];

const fillerId = "00000000-0000-4000-8000-000000000000";

for (const dialect of dialects) {
  describe(`API token scopes on every route (${dialect})`, () => {
    const catalogue = createRouteCatalogue();
    let server: TestServer;
    const secrets = new Map<string, string>();

    async function tokenWith(scopes: ApiScope[]): Promise<string> {
      const key = scopes.join(",");
      const known = secrets.get(key);
      if (known !== undefined) {
        return known;
      }
      const admin = new CookieJar();
      await signIn(server, admin, await createTestUser(server, { role: "admin" }));
      const created = await callApi(server, admin, "POST", "/api/admin/api-tokens", {
        name: `${scopes.length} scopes: ${key}`.slice(0, 100),
        scopes,
      });
      const secret = created.json<{ secret: string }>().secret;
      secrets.set(key, secret);
      return secret;
    }

    beforeAll(async () => {
      server = await startTestServer(dialect, { onRoute: catalogue.onRoute });
    });
    afterAll(() => server.close());

    const tokenRoutes = () =>
      catalogue.routes
        .filter((route) => route.apiScope !== undefined)
        .flatMap((route) =>
          route.methods
            .filter((method) => method !== "HEAD")
            .map((method) => ({
              method: method as "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
              url: route.url,
              scope: route.apiScope as ApiScope,
            })),
        );

    it("every admin route accepts a token with a scope, except the session-only ones", () => {
      const adminRoutes = catalogue.routes
        .filter((route) => route.url.startsWith("/api/admin/"))
        .flatMap((route) =>
          route.methods.filter((method) => method !== "HEAD").map((m) => ({ m, route })),
        );
      const refusing = adminRoutes
        .filter(({ route }) => route.apiScope === undefined)
        .map(({ m, route }) => `${m} ${route.url}`);
      expect(refusing.sort()).toEqual([...sessionOnlyAdminRoutes].sort());
      // Outside /api/admin, only the SCIM service provider takes tokens, each with the scim scope.
      const outsideAdmin = catalogue.routes.filter(
        (route) => route.apiScope !== undefined && !route.url.startsWith("/api/admin/"),
      );
      expect(outsideAdmin.filter((route) => !route.url.startsWith("/scim/v2/"))).toEqual([]);
      expect(new Set(outsideAdmin.map((route) => route.apiScope))).toEqual(new Set(["scim"]));
      expect(new Set(tokenRoutes().map((route) => route.scope))).toEqual(new Set(apiScopes));
    });

    it("a token lacking the route's scope gets 403 on every route that needs it", async () => {
      const routes = tokenRoutes();
      expect(routes.length).toBeGreaterThan(20);
      for (const { method, url, scope } of routes) {
        const secret = await tokenWith(apiScopes.filter((held) => held !== scope));
        const response = await server.request({
          method,
          url: fillPath(url, fillerId),
          headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
          ...(method === "GET" ? {} : { payload: "{}" }),
        });
        const what = `${method} ${url} without ${scope}`;
        // SCIM routes answer in RFC 7644's error format (docs/scim.md), with the same words.
        const refusal = url.startsWith("/scim/")
          ? { status: "403", detail: `This API token lacks the ${scope} scope.` }
          : { code: "API_TOKEN_SCOPE_MISSING" };
        expect({ what, status: response.statusCode, body: response.json<unknown>() }).toMatchObject(
          { what, status: 403, body: refusal },
        );
      }
    });

    it("a token holding just the route's scope gets past authentication on every route", async () => {
      for (const { method, url, scope } of tokenRoutes()) {
        const secret = await tokenWith([scope]);
        const response = await server.request({
          method,
          url: fillPath(url, fillerId),
          headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
          ...(method === "GET" ? {} : { payload: "{}" }),
        });
        const what = `${method} ${url} with ${scope} → ${response.statusCode} ${response.body.slice(0, 80)}`;
        expect([401, 403].includes(response.statusCode), what).toBe(false);
        expect(response.statusCode < 500, what).toBe(true);
      }
    });
  });
}
