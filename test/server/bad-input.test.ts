import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, testOrigin, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function post(url: string, payload: string, headers: Record<string, string> = {}) {
  return server.request({
    method: "POST",
    url,
    payload,
    headers: { origin: testOrigin, "content-type": "application/json", ...headers },
  });
}

describe("bad input gets a 4xx with a stable code, never a 500", () => {
  it.each([
    ["a missing email", "/api/auth/identify", {}, 400, "VALIDATION_FAILED", "email"],
    [
      "an email that is not a string",
      "/api/auth/identify",
      { email: { $ne: "" } },
      400,
      "VALIDATION_FAILED",
      "email",
    ],
    [
      "an oversize email",
      "/api/auth/identify",
      { email: `${"a".repeat(250)}@example.com` },
      400,
      "VALIDATION_FAILED",
      "email",
    ],
    ["a missing password", "/api/auth/password", {}, 400, "VALIDATION_FAILED", "password"],
    [
      "an empty password",
      "/api/auth/password",
      { password: "" },
      400,
      "VALIDATION_FAILED",
      "password",
    ],
    [
      "a password over 1,024 characters",
      "/api/auth/password",
      { password: "x".repeat(1025) },
      400,
      "VALIDATION_FAILED",
      "password",
    ],
    [
      "a password over 1,024 bytes",
      "/api/auth/password",
      { password: "é".repeat(600) },
      400,
      "VALIDATION_FAILED",
      "password",
    ],
  ])("%s", async (_name, url, body, status, code, field) => {
    const response = await post(url, JSON.stringify(body));
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, field });
    expect(response.json<{ message: string }>().message.length).toBeGreaterThan(5);
  });

  it("answers a body that is not JSON with MALFORMED_JSON", async () => {
    const response = await post("/api/auth/identify", '{"email": ');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "MALFORMED_JSON" });
  });

  it("answers the wrong content type with UNSUPPORTED_MEDIA_TYPE", async () => {
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await post("/api/auth/identify", "email=a@example.com", {
        "content-type": contentType,
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    }
  });

  it("answers an oversize body with PAYLOAD_TOO_LARGE before parsing it", async () => {
    const response = await post(
      "/api/auth/identify",
      JSON.stringify({ email: "a@example.com", pad: "x".repeat(70_000) }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses a state-changing request from another origin or with none (CSRF)", async () => {
    for (const origin of ["https://evil.example.net", "null", ""]) {
      const response = await post(
        "/api/auth/identify",
        JSON.stringify({ email: "a@example.com" }),
        { origin },
      );
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: "CSRF_ORIGIN_MISMATCH" });
    }
  });

  it("strips unknown properties instead of acting on them", async () => {
    const response = await post(
      "/api/auth/identify",
      JSON.stringify({ email: "a@example.com", role: "admin" }),
    );
    expect(response.statusCode).toBe(200);
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const response = await server.request({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: "NOT_FOUND" });
  });

  it("asks for sign-in on /api/me without a session, or with a malformed cookie", async () => {
    for (const cookies of [
      {},
      { gh_session: "garbage" },
      { gh_session: "a".repeat(5000) },
    ] as Record<string, string>[]) {
      const response = await server.request({ method: "GET", url: "/api/me", cookies });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: "AUTH_REQUIRED" });
    }
  });
});
