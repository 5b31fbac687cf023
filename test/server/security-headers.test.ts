// The security headers (server/plugins/security-headers.ts) are worked out once at start-up: every
// answer of every registered route still carries all of them, also the OpenID Provider's, which
// writes its answers itself on the raw response, and Fastify's own errors.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../../server/plugins/security-headers.ts";
import { createRouteCatalogue, fillPath } from "../fixtures/route-catalogue.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

const catalogue = createRouteCatalogue();
let server: TestServer;
let fixed: Readonly<Record<string, string>>;

beforeAll(async () => {
  server = await startTestServer("sqlite", { onRoute: catalogue.onRoute });
  fixed = securityHeaders(false).fixed;
});
afterAll(() => server.close());

describe("security headers", () => {
  it("are helmet's: a CSP without inline scripts or framing, nosniff, no referrer", () => {
    expect(fixed["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
    expect(fixed["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(fixed["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(fixed["x-content-type-options"]).toBe("nosniff");
    expect(fixed["referrer-policy"]).toBe("no-referrer");
    expect(fixed["strict-transport-security"]).toBeUndefined();
    expect(Object.keys(fixed).length).toBeGreaterThan(8);
  });

  it("over HTTPS add HSTS and upgrade-insecure-requests", () => {
    const https = securityHeaders(true).fixed;
    expect(https["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("on a raw response (Fastify's own errors) are the same, with no-store under /api", () => {
    const request = new IncomingMessage(new Socket());
    request.url = "/%61pi/me";
    const response = new ServerResponse(request);
    securityHeaders(false).apply(request, response);
    for (const [name, value] of Object.entries(fixed)) {
      expect(response.getHeader(name), name).toBe(value);
    }
    expect(response.getHeader("cache-control")).toBe("no-store");
  });

  it("are on every answer of every registered route, signed in or not", async () => {
    const signedIn = new CookieJar();
    expect((await signIn(server, signedIn, await createTestUser(server))).statusCode).toBe(200);
    const methods = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
    expect(catalogue.routes.some((route) => route.url.startsWith("/oidc"))).toBe(true);
    for (const route of catalogue.routes) {
      for (const method of route.methods.filter((each) => methods.has(each))) {
        for (const jar of [signedIn, new CookieJar()]) {
          const response = await callApi(
            server,
            jar,
            method as "GET",
            fillPath(route.url, "00000000-0000-4000-8000-000000000000"),
          );
          const what = `${method} ${route.url} → ${response.statusCode}`;
          for (const [name, value] of Object.entries(fixed)) {
            // Pages of their own (launch, error pages, app icons) may tighten a header; every
            // API answer carries exactly the fixed ones.
            const sent = response.headers[name];
            expect(sent, `${what}: ${name}`).toBeTruthy();
            if (route.url.startsWith("/api/")) {
              expect(sent, `${what}: ${name}`).toBe(value);
            }
          }
        }
      }
    }
  });

  it("are on the OpenID Provider's own answers, which it writes on the raw response", async () => {
    for (const url of ["/oidc/.well-known/openid-configuration", "/oidc/jwks", "/oidc/nothing"]) {
      const response = await server.request({ method: "GET", url });
      expect(response.statusCode, url).toBeLessThan(500);
      for (const [name, value] of Object.entries(fixed)) {
        expect(response.headers[name], `${url}: ${name}`).toBe(value);
      }
    }
  });
});
