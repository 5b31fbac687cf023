import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("health endpoints", () => {
  it("reports live and ready while the database answers", async () => {
    expect((await server.request({ method: "GET", url: "/healthz" })).json()).toEqual({
      status: "ok",
    });
    expect((await server.request({ method: "GET", url: "/readyz" })).json()).toEqual({
      status: "ok",
    });
  });

  it("sends security headers, including a CSP that forbids inline scripts and framing", async () => {
    const response = await server.request({ method: "GET", url: "/healthz" });
    expect(response.headers["content-security-policy"]).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });
});
