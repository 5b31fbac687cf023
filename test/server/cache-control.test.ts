// Nothing the API answers, and no portal page, is kept by a browser or proxy cache (issue 11 §6):
// API answers carry personal data and, once, secrets (recovery codes, the TOTP key, a connect key,
// a client secret), and a stored page would bring a secret back from the back/forward cache.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeFor } from "../fixtures/mfa.ts";
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
const uiDirectory = mkdtempSync(path.join(tmpdir(), "gatehouse-ui-"));
mkdirSync(path.join(uiDirectory, "assets"));
writeFileSync(path.join(uiDirectory, "index.html"), "<!doctype html><title>Gatehouse</title>");
writeFileSync(path.join(uiDirectory, "assets", "app-1234.js"), "console.log(1)");

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer("sqlite", { config: { uiDirectory }, onRoute: catalogue.onRoute });
});
afterAll(async () => {
  await server.close();
  rmSync(uiDirectory, { recursive: true, force: true });
});

describe("Cache-Control: no-store", () => {
  it("on every API answer, success or error, signed in or not", async () => {
    const admin = new CookieJar();
    await signIn(server, admin, await createTestUser(server, { role: "admin" }));
    const apiRoutes = catalogue.routes.filter(
      (route) => route.url.startsWith("/api/") && !route.methods.includes("HEAD"),
    );
    expect(apiRoutes.length).toBeGreaterThan(50);
    for (const route of apiRoutes) {
      for (const method of route.methods) {
        for (const jar of [admin, new CookieJar()]) {
          const response = await callApi(
            server,
            jar,
            method as "GET",
            fillPath(route.url, "00000000-0000-4000-8000-000000000000"),
          );
          const what = `${method} ${route.url} → ${response.statusCode}`;
          expect(response.headers["cache-control"], what).toBe("no-store");
        }
      }
    }
  });

  it("on the answers that show a secret once: recovery codes, TOTP key, connect key, client secret", async () => {
    const admin = new CookieJar();
    const user = await createTestUser(server, { role: "admin" });
    await signIn(server, admin, user);
    const setup = await callApi(server, admin, "POST", "/api/me/mfa/totp/setup");
    const { secret } = setup.json<{ secret: string }>();
    const shown = [
      setup,
      await callApi(server, admin, "POST", "/api/me/mfa/totp/confirm", {
        code: codeFor(server, secret),
      }),
      await callApi(server, admin, "POST", "/api/me/connect-keys"),
      await callApi(server, admin, "POST", "/api/admin/apps", {
        kind: "oidc",
        displayName: "Secretive",
        oidc: {
          redirectUris: ["https://s.example.com/cb"],
          initiateLoginUri: "https://s.example.com/login",
          confidential: true,
        },
      }),
    ];
    for (const response of shown) {
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-store");
    }
  });

  it("on every portal page, and on the API however its path is spelled", async () => {
    const admin = new CookieJar();
    await signIn(server, admin, await createTestUser(server));
    for (const url of ["/", "/security", "/applications", "/admin/apps", "/index.html"]) {
      const response = await server.request({ method: "GET", url, cookies: admin.header() });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-store");
    }
    for (const url of ["/%61pi/me", "/API/me", "/api/nothing-here", "/healthz"]) {
      const response = await server.request({ method: "GET", url, cookies: admin.header() });
      expect(response.headers["cache-control"], url).toBe("no-store");
    }
  });

  it("but hashed assets stay cacheable forever", async () => {
    const response = await server.request({ method: "GET", url: "/assets/app-1234.js" });
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});
