// CSRF by route, not by URL text (issue 11 §1): every state-changing route, under every spelling
// of its path an attacker might try, refuses a cross-origin or non-JSON request.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest, type RawResponse } from "../fixtures/raw-http.ts";
import {
  createRouteCatalogue,
  fillPath,
  type RegisteredRoute,
} from "../fixtures/route-catalogue.ts";
import {
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

const catalogue = createRouteCatalogue();
let server: TestServer;
let port: number;
let adminCookie: string;

beforeAll(async () => {
  // Demo mode registers every route there is, the demo service providers included.
  server = await startTestServer("sqlite", {
    config: { mode: "demo" },
    onRoute: catalogue.onRoute,
  });
  await server.app.listen({ host: "127.0.0.1", port: 0 });
  port = (server.app.server.address() as AddressInfo).port;
  const admin = await createTestUser(server, { role: "admin" });
  const jar = new CookieJar();
  await signIn(server, jar, admin);
  adminCookie = Object.entries(jar.header())
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
});
afterAll(() => server.close());

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

const hex = (character: string) => `%${character.charCodeAt(0).toString(16).padStart(2, "0")}`;

/** The ways a path can be written that a router might still match, or a prefix test miss. */
function spellings(path: string): string[] {
  const [, first = "", ...rest] = path.split("/");
  const tail = rest.join("/");
  return [
    path,
    `/${hex(first.charAt(0))}${first.slice(1)}/${tail}`,
    path.replace(/[a-z]/g, hex),
    path.toUpperCase(),
    `/${first.charAt(0).toUpperCase()}${first.slice(1)}/${tail}`,
    path.replaceAll("/", "//"),
    `${path}/`,
    `/${first};x=1/${tail}`,
    `${path};x=1`,
    `/${first}/./${tail}`,
    `/${first}%2f${tail}`,
  ];
}

function stateChanging(route: RegisteredRoute): string[] {
  return route.methods.filter((method) => !safeMethods.has(method));
}

/** The words of each refusal, as the SCIM error format carries them (it has no code). */
const scimDetails: Record<string, string> = {
  CSRF_ORIGIN_MISMATCH: "This request did not come from the portal.",
  UNSUPPORTED_MEDIA_TYPE: "Send the request body as application/json.",
};

function expectRefused(response: RawResponse, status: number, code: string, what: string) {
  expect({ what, status: response.status }).toEqual({ what, status });
  const contentType = response.headers["content-type"] ?? "";
  if (contentType.startsWith("application/json")) {
    expect({ what, code: (JSON.parse(response.body) as { code: string }).code }).toEqual({
      what,
      code,
    });
  } else if (contentType.startsWith("application/scim+json")) {
    // The SCIM service provider (docs/scim.md) answers in RFC 7644's error format.
    const body = JSON.parse(response.body) as { status: string; detail: string };
    expect({ what, status: body.status, detail: body.detail }).toEqual({
      what,
      status: String(status),
      detail: expect.stringContaining(scimDetails[code] ?? code) as string,
    });
  } else {
    expect(response.body).toContain("Gatehouse");
  }
}

describe("CSRF protection follows the matched route", () => {
  it("opts out exactly the protocol endpoints, and loosens only the step-up page's forms", () => {
    const declared = catalogue.routes
      .filter((route) => route.csrf !== undefined)
      .map((route) => `${route.csrf} ${route.url}`)
      .sort();
    expect(declared).toEqual([
      "cross-site /demo/payroll-app/acs",
      "cross-site /demo/saml-app/acs",
      "cross-site /oidc",
      "cross-site /oidc/*",
      "same-origin /launch/step-up",
      "same-origin /launch/step-up/push/continue",
      "same-origin /launch/step-up/push/resend",
      "same-origin /launch/step-up/push/use-code",
    ]);
  });

  it("every state-changing route refuses another origin, or none, under every spelling of its path", async () => {
    const protectedRoutes = catalogue.routes.filter(
      (route) => route.csrf !== "cross-site" && stateChanging(route).length > 0,
    );
    expect(protectedRoutes.length).toBeGreaterThan(50);
    for (const route of protectedRoutes) {
      for (const method of stateChanging(route)) {
        for (const path of spellings(fillPath(route.url))) {
          for (const origin of ["http://localhost:4011", "null", undefined]) {
            const response = await rawRequest(port, {
              method,
              path,
              headers: {
                cookie: adminCookie,
                "content-type": "application/json",
                ...(origin === undefined ? {} : { origin }),
              },
              body: "{}",
            });
            expectRefused(
              response,
              403,
              "CSRF_ORIGIN_MISMATCH",
              `${method} ${path} from ${origin}`,
            );
          }
        }
      }
    }
  });

  it("every state-changing JSON route refuses a form or text body from our own origin, under every spelling", async () => {
    const jsonRoutes = catalogue.routes.filter(
      (route) => route.csrf === undefined && stateChanging(route).length > 0,
    );
    for (const route of jsonRoutes) {
      for (const method of stateChanging(route)) {
        for (const path of spellings(fillPath(route.url))) {
          for (const type of [
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
          ]) {
            const response = await rawRequest(port, {
              method,
              path,
              headers: { cookie: adminCookie, origin: testOrigin, "content-type": type },
              body: "{}",
            });
            expectRefused(response, 415, "UNSUPPORTED_MEDIA_TYPE", `${method} ${path} as ${type}`);
          }
        }
      }
    }
  });

  it("a cross-site form cannot give a user a temporary password through /%61pi/", async () => {
    const victim = await createTestUser(server);
    const before = await passwordHashOf(victim.id);
    const response = await rawRequest(port, {
      method: "POST",
      path: `/%61pi/admin/users/${victim.id}/temporary-password`,
      headers: {
        cookie: adminCookie,
        origin: "http://localhost:4011",
        "content-type": "text/plain",
      },
      body: "{}",
    });
    expect(response.status).toBe(403);
    expect(await passwordHashOf(victim.id)).toBe(before);
  });
});

async function passwordHashOf(userId: string) {
  const row = await server.context.db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}
