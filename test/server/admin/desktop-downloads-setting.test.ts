// Desktop download links set in the console's Settings (the `downloads` policy), on both
// databases: only https addresses without credentials are stored, with a field message for any
// other; employees get the stored link per OS, and the configured one where none is stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`desktop download links (${dialect})`, () => {
    let server: TestServer;
    const admin = new CookieJar();
    const employee = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect, {
        config: {
          desktopDownloads: [
            { os: "darwin", url: "https://downloads.example.com/configured.dmg" },
            { os: "linux", url: "https://downloads.example.com/configured.AppImage" },
          ],
        },
      });
      await signIn(server, admin, await createTestUser(server, { role: "admin" }));
      await signIn(server, employee, await createTestUser(server));
    });
    afterAll(() => server.close());

    const employeeSees = async () =>
      (await callApi(server, employee, "GET", "/api/desktop-app")).json<{
        downloads: { os: string; url: string }[];
      }>().downloads;

    it("refuses anything but an https address, naming the field", async () => {
      for (const bad of [
        "http://downloads.example.com/a.dmg",
        "https://user:secret@downloads.example.com/a.dmg",
        "javascript:alert(1)",
        "downloads.example.com/a.dmg",
        "https://",
      ]) {
        const refused = await callApi(server, admin, "PUT", "/api/admin/policies/downloads", {
          macos: bad,
        });
        expect(refused.statusCode, bad).toBe(400);
        expect(refused.json(), bad).toMatchObject({ code: "VALIDATION_FAILED", field: "macos" });
      }
      expect(await employeeSees()).toEqual([
        { os: "darwin", url: "https://downloads.example.com/configured.dmg" },
        { os: "linux", url: "https://downloads.example.com/configured.AppImage" },
      ]);
    });

    it("shows employees the stored link per OS, the configured one elsewhere", async () => {
      const stored = await callApi(server, admin, "PUT", "/api/admin/policies/downloads", {
        macos: "https://cdn.example.com/Gatehouse.pkg",
        windows: "https://cdn.example.com/Gatehouse.msi",
      });
      expect(stored.statusCode).toBe(200);
      expect(await employeeSees()).toEqual([
        { os: "darwin", url: "https://cdn.example.com/Gatehouse.pkg" },
        { os: "win32", url: "https://cdn.example.com/Gatehouse.msi" },
        { os: "linux", url: "https://downloads.example.com/configured.AppImage" },
      ]);
      const audit = await server.context.db
        .selectFrom("audit_events")
        .select("details")
        .where("event", "=", "policy.changed")
        .execute();
      expect(audit.map((row) => JSON.parse(row.details ?? "{}") as object)).toEqual([
        expect.objectContaining({ kind: "downloads", changed: ["macos", "windows"] }),
      ]);
      await callApi(server, admin, "PUT", "/api/admin/policies/downloads", { macos: "" });
      expect((await employeeSees())[0]).toEqual({
        os: "darwin",
        url: "https://downloads.example.com/configured.dmg",
      });
    });
  });
}
