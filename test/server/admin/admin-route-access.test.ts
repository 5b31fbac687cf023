// Every /api/admin route refuses everyone but an admin, server-side, before it reads the input
// (issue 16): walked from the registered routes, so a route added tomorrow is checked too. An
// employee gets 403, a signed-out browser 401, and the sensitive actions want an admin who
// verified in the last 5 minutes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../../server/auth/session.ts";
import { createRouteCatalogue, fillPath } from "../../fixtures/route-catalogue.ts";
import {
  createTestUser,
  startTestServer,
  testOrigin,
  type TestServer,
  type TestUser,
} from "../../fixtures/test-server.ts";

const catalogue = createRouteCatalogue();
let server: TestServer;
let admin: TestUser;
let employee: TestUser;

/** The console's sensitive actions: each asks for a verification in the last 5 minutes. */
const sensitive = [
  "POST /api/admin/users/:id/status",
  "POST /api/admin/users/:id/role",
  "POST /api/admin/users/:id/mfa/reset",
  "POST /api/admin/users/:id/temporary-password",
  "PUT /api/admin/policies/:kind",
  "POST /api/admin/sso-keys/rotate",
  "POST /api/admin/apps/:id/client-secret",
  // Minting or revoking a token, and what could silence or redirect the audit stream (docs/api.md).
  "POST /api/admin/api-tokens",
  "POST /api/admin/api-tokens/:id/revoke",
  "POST /api/admin/webhooks",
  "POST /api/admin/webhooks/:id/pause",
  "POST /api/admin/webhooks/:id/remove",
];

beforeAll(async () => {
  server = await startTestServer("sqlite", { onRoute: catalogue.onRoute });
  admin = await createTestUser(server, { role: "admin" });
  employee = await createTestUser(server);
});
afterAll(() => server.close());

function adminRoutes() {
  return catalogue.routes
    .filter((route) => route.url.startsWith("/api/admin"))
    .flatMap((route) =>
      route.methods.filter((method) => method !== "HEAD").map((method) => ({ method, route })),
    );
}

async function call(method: string, url: string, token: string | undefined) {
  return server.request({
    method,
    url,
    headers: { origin: testOrigin, "content-type": "application/json" },
    cookies: token === undefined ? {} : { gh_session: token },
    ...(method === "GET" ? {} : { payload: "{}" }),
  });
}

const sessionOf = async (who: TestUser) =>
  (await createSession(server.context, who.id, { ip: null, userAgent: null })).token;

describe("/api/admin access", () => {
  it("declares admin access on every /api/admin route", () => {
    const routes = adminRoutes();
    expect(routes.length).toBeGreaterThan(30);
    for (const { method, route } of routes) {
      expect(route.access?.admin, `${method} ${route.url}`).toBe(true);
    }
  });

  it("answers an employee 403 and a signed-out browser 401 on every route, whatever the input", async () => {
    const token = await sessionOf(employee);
    for (const { method, route } of adminRoutes()) {
      for (const value of ["x", "00000000-0000-0000-0000-000000000000", "%00"]) {
        const url = fillPath(route.url, value);
        const asEmployee = await call(method, url, token);
        expect(asEmployee.statusCode, `${method} ${url} as employee`).toBe(403);
        expect(asEmployee.json(), `${method} ${url}`).toMatchObject({ code: "ADMIN_REQUIRED" });
        const signedOut = await call(method, url, undefined);
        expect(signedOut.statusCode, `${method} ${url} signed out`).toBe(401);
        expect(signedOut.json()).toMatchObject({ code: "AUTH_REQUIRED" });
      }
    }
  });

  it("asks for a verification in the last 5 minutes on exactly the sensitive actions", async () => {
    const token = await sessionOf(admin);
    server.clock.advance(6 * 60 * 1000);
    await call("GET", "/api/me", token); // active, so the session is not idle
    const asked: string[] = [];
    for (const { method, route } of adminRoutes()) {
      const response = await call(method, fillPath(route.url, "x"), token);
      if (response.body.includes('"code":"RECENT_VERIFICATION_REQUIRED"')) {
        expect(response.statusCode).toBe(403);
        asked.push(`${method} ${route.url}`);
      }
    }
    expect(asked.sort()).toEqual([...sensitive].sort());
  });
});
