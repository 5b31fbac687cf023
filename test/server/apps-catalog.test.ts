// The app catalog through /api/admin/apps* and /api/admin/groups*, and what a user sees in
// GET /api/apps: apps assigned directly or through a group, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let admin: TestUser;
let adminJar: CookieJar;
let employee: TestUser;
let employeeJar: CookieJar;

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]).toString("base64");

type PortalApp = { id: string; name: string; iconUrl: string | null; notes: string | null };

beforeAll(async () => {
  server = await startTestServer();
  admin = await createTestUser(server, { role: "admin" });
  adminJar = new CookieJar();
  await signIn(server, adminJar, admin);
  employee = await createTestUser(server);
  employeeJar = new CookieJar();
  await signIn(server, employeeJar, employee);
});
afterAll(() => server.close());

const createApp = (body: object) => callApi(server, adminJar, "POST", "/api/admin/apps", body);

describe("app catalog administration", () => {
  it("is refused to users without the admin role", async () => {
    const response = await callApi(server, employeeJar, "POST", "/api/admin/apps", {
      kind: "bookmark",
      displayName: "Wiki",
      bookmark: { url: "https://wiki.example.com/" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: "ADMIN_REQUIRED" });
  });

  it.each([
    ["http://wiki.example.com/", "https"],
    ["https://*.example.com/", "wildcards"],
    ["https://user:pass@wiki.example.com/", "user name"],
    ["https://wiki.example.com/#top", "fragment"],
    ["https://WIKI.example.com/", "canonical"],
    ["javascript:alert(1)", "https"],
    ["/relative", "absolute"],
  ])("refuses the launch URL %s", async (url, problem) => {
    const response = await createApp({ kind: "bookmark", displayName: "Bad", bookmark: { url } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "bookmark.url" });
    expect(response.json<{ message: string }>().message).toContain(problem);
  });

  it("refuses wildcard or non-https redirect URIs and a missing initiate-login URI", async () => {
    for (const oidc of [
      { redirectUris: ["https://app.example.com/*"], initiateLoginUri: "https://app.example.com/" },
      { redirectUris: ["http://app.example.com/cb"], initiateLoginUri: "https://app.example.com/" },
      { redirectUris: ["https://app.example.com/cb"] },
    ]) {
      const response = await createApp({ kind: "oidc", displayName: "Bad", oidc });
      expect(response.statusCode).toBe(400);
    }
  });

  it("refuses an icon that is not the image it claims to be, or too large", async () => {
    const fake = Buffer.from("<svg onload=alert(1)>").toString("base64");
    const big = Buffer.concat([Buffer.from(png, "base64"), Buffer.alloc(70 * 1024)]).toString(
      "base64",
    );
    for (const icon of [
      { type: "image/png", base64: fake },
      { type: "image/jpeg", base64: png },
      { type: "image/png", base64: big },
    ]) {
      const response = await createApp({
        kind: "bookmark",
        displayName: "Icon",
        bookmark: { url: "https://icon.example.com/" },
        icon,
      });
      expect(response.statusCode).toBe(400);
    }
  });

  it("strips unknown properties and refuses settings of another app kind", async () => {
    const stripped = await createApp({
      kind: "bookmark",
      displayName: "Extra",
      bookmark: { url: "https://x.example.com/", wildcard: true },
    });
    expect(stripped.statusCode).toBe(200);
    expect(stripped.body).not.toContain("wildcard");
    const mixed = await createApp({
      kind: "bookmark",
      displayName: "Mixed",
      bookmark: { url: "https://x.example.com/" },
      oidc: {
        redirectUris: ["https://x.example.com/cb"],
        initiateLoginUri: "https://x.example.com/",
      },
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "oidc" });
  });

  it("shows a confidential client's secret once and stores only its hash", async () => {
    const response = await createApp({
      kind: "oidc",
      displayName: "Confidential",
      oidc: {
        redirectUris: ["https://app.example.com/cb"],
        initiateLoginUri: "https://app.example.com/login",
        confidential: true,
      },
    });
    expect(response.statusCode).toBe(200);
    const { app, clientSecret } = response.json<{
      app: { id: string; oidc: { clientId: string; confidential: boolean } };
      clientSecret: string;
    }>();
    expect(app.oidc.confidential).toBe(true);
    expect(clientSecret.length).toBeGreaterThanOrEqual(43);
    const listed = await callApi(server, adminJar, "GET", `/api/admin/apps/${app.id}`);
    expect(listed.body).not.toContain(clientSecret);
    const row = await server.context.db
      .selectFrom("apps")
      .selectAll()
      .where("id", "=", app.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(clientSecret);
  });
});

describe("the user's applications", () => {
  it("lists apps assigned directly or through a group, with notes and icon, and no others", async () => {
    const direct = (
      await createApp({
        kind: "bookmark",
        displayName: "Direct",
        notes: "Ask #it-help for access.",
        bookmark: { url: "https://direct.example.com/" },
        icon: { type: "image/png", base64: png },
      })
    ).json<{ app: { id: string } }>().app.id;
    const viaGroup = (
      await createApp({
        kind: "bookmark",
        displayName: "Via group",
        bookmark: { url: "https://group.example.com/" },
      })
    ).json<{ app: { id: string } }>().app.id;
    await createApp({
      kind: "bookmark",
      displayName: "Not mine",
      bookmark: { url: "https://other.example.com/" },
    });
    const groups = await callApi(server, adminJar, "POST", "/api/admin/groups", { name: "Design" });
    const group = groups.json<{ groups: { id: string; name: string }[] }>().groups[0];
    await callApi(server, adminJar, "POST", `/api/admin/groups/${group?.id}/members`, {
      userId: employee.id,
      member: true,
    });
    await callApi(server, adminJar, "POST", `/api/admin/apps/${direct}/assignments`, {
      principalType: "user",
      principalId: employee.id,
      assigned: true,
    });
    await callApi(server, adminJar, "POST", `/api/admin/apps/${viaGroup}/assignments`, {
      principalType: "group",
      principalId: group?.id,
      assigned: true,
    });

    const apps = (await callApi(server, employeeJar, "GET", "/api/apps")).json<{
      apps: PortalApp[];
    }>().apps;
    expect(apps.map((app) => app.name)).toEqual(["Direct", "Via group"]);
    expect(apps[0]?.notes).toBe("Ask #it-help for access.");
    const icon = await callApi(server, employeeJar, "GET", apps[0]?.iconUrl ?? "");
    expect(icon.statusCode).toBe(200);
    expect(icon.headers["content-type"]).toBe("image/png");

    await callApi(server, adminJar, "POST", `/api/admin/groups/${group?.id}/members`, {
      userId: employee.id,
      member: false,
    });
    const after = (await callApi(server, employeeJar, "GET", "/api/apps")).json<{
      apps: PortalApp[];
    }>().apps;
    expect(after.map((app) => app.name)).toEqual(["Direct"]);
  });

  it("needs a session", async () => {
    const response = await callApi(server, new CookieJar(), "GET", "/api/apps");
    expect(response.statusCode).toBe(401);
  });
});
