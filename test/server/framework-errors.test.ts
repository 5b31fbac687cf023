// Fastify's own errors (issue 11 §3): a bad escape or an overlong parameter on any route is
// answered in our format — coded JSON on the API, SCIM's error format under /scim, our HTML page
// elsewhere — with the security headers, without echoing the path, and never as Fastify's default
// JSON.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, type RawResponse } from "../fixtures/raw-http.ts";
import { createRouteCatalogue, fillPath } from "../fixtures/route-catalogue.ts";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

const catalogue = createRouteCatalogue();
let server: TestServer;
let port: number;

beforeAll(async () => {
  server = await startTestServer("sqlite", {
    config: { mode: "demo" },
    onRoute: catalogue.onRoute,
  });
  await server.app.listen({ host: "127.0.0.1", port: 0 });
  port = (server.app.server.address() as AddressInfo).port;
});
afterAll(() => server.close());

const marker = "zq".repeat(100); // 200 characters, longer than any legitimate parameter
const badEscapes = ["%E0%A4%A", "%ZZ", "%", "%C0%AF", "%ED%A0%80"];

function expectOurFormat(response: RawResponse, path: string) {
  const what = `${path} → ${response.status}`;
  expect(response.status, what).toBeGreaterThanOrEqual(400);
  expect(response.status, what).toBeLessThan(500);
  expect(response.headers["x-content-type-options"], what).toBe("nosniff");
  expect(response.headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(response.headers["cache-control"], what).toBe("no-store");
  expect(response.body, what).not.toContain(marker);
  expect(response.body, what).not.toContain("FST_ERR");
  if (path.toLowerCase().startsWith("/scim/")) {
    // The SCIM service provider answers in RFC 7644's error format (docs/scim.md).
    expect(response.headers["content-type"], what).toMatch(/^application\/scim\+json/);
    const body = JSON.parse(response.body) as Record<string, unknown>;
    expect(Object.keys(body).sort(), what).toEqual(["detail", "schemas", "status"]);
    expect(body.status, what).toBe(String(response.status));
  } else if (path.toLowerCase().startsWith("/api/")) {
    expect(response.headers["content-type"], what).toMatch(/^application\/json/);
    const body = JSON.parse(response.body) as Record<string, unknown>;
    expect(Object.keys(body).sort(), what).toEqual(["code", "message"]);
  } else {
    expect(response.headers["content-type"], what).toMatch(/^text\/html/);
    expect(response.body, what).toContain("Return to portal");
  }
}

describe("Fastify's own errors in our format", () => {
  // HEAD twins of GET routes answer without a body; their GET is checked.
  const parametric = () =>
    catalogue.routes.filter(
      (route) => /[:*]/.test(route.url) && route.methods.some((method) => method !== "HEAD"),
    );

  it("an overlong parameter on any route is a coded 414, in JSON on the API and as our page elsewhere", async () => {
    expect(parametric().length).toBeGreaterThan(15);
    for (const route of parametric()) {
      const path = fillPath(route.url, marker);
      const method = route.methods.includes("GET") ? "GET" : (route.methods[0] ?? "GET");
      const response = await rawRequest(port, { method, path });
      if (route.url.startsWith("/oidc")) {
        continue; // the OP answers its own paths (a wildcard, no parameter length)
      }
      if (route.url.endsWith("*")) {
        // A static file wildcard (the API reference's assets): no such file, in our format.
        expect(response.status, path).toBe(404);
        expectOurFormat(response, path);
        continue;
      }
      expect(response.status, path).toBe(414);
      expectOurFormat(response, path);
      if (response.headers["content-type"]?.startsWith("application/json") === true) {
        expect(JSON.parse(response.body)).toMatchObject({ code: "URL_TOO_LONG" });
      }
    }
  });

  it("the longest value each parameter's schema allows still reaches the route (no 414)", async () => {
    const withParameters = parametric().filter(
      (entry) => !entry.url.startsWith("/oidc") && !entry.url.endsWith("*"),
    );
    for (const route of withParameters) {
      type ParamSchema = { maxLength?: number; anyOf?: { const?: string }[] };
      const schema = route.schema as { params?: { properties?: Record<string, ParamSchema> } };
      const lengths = Object.values(schema.params?.properties ?? {}).map(
        (param) =>
          param.maxLength ??
          Math.max(...(param.anyOf ?? []).map((option) => option.const?.length ?? 0)),
      );
      const longest = Math.max(...lengths);
      expect(longest, route.url).toBeGreaterThan(0);
      const path = fillPath(route.url, "a".repeat(longest));
      const method = route.methods.includes("GET") ? "GET" : (route.methods[0] ?? "GET");
      const response = await rawRequest(port, { method, path });
      expect(response.status, path).not.toBe(414);
    }
  });

  it("a broken percent-escape in any parameter is a coded 400, path not echoed", async () => {
    for (const route of parametric().filter((entry) => !entry.url.startsWith("/oidc"))) {
      for (const escape of badEscapes) {
        const path = fillPath(route.url, `${marker.slice(0, 20)}${escape}`);
        const method = route.methods.includes("GET") ? "GET" : (route.methods[0] ?? "GET");
        const response = await rawRequest(port, { method, path });
        expect([400, 403, 404, 415], path).toContain(response.status);
        expectOurFormat(response, path);
      }
    }
  });

  it("a launch link longer than any ticket gets the launch error page with the security headers", async () => {
    const path = `/launch/${marker}`;
    const response = await rawRequest(port, { method: "GET", path });
    expect(response.status).toBe(414);
    expectOurFormat(response, path);
    expect(response.body).toContain("This address is too long");
  });
});
