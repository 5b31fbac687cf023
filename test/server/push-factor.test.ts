// Push as the employee's own factor in Security (issue 17), over the real routes on both
// databases: seen with the computer that approves, turned off (after a recent verification,
// audited, other sessions ended) so a sign-in no longer asks the desktop app, turned on again,
// and never turned off while the policy requires it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PushFactorView } from "../../server/schemas/push.ts";
import { dialects } from "../fixtures/databases.ts";
import { enrollDesktopApp } from "../fixtures/push.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`push as a factor in Security (${dialect})`, () => {
    let server: TestServer;
    let user: TestUser;
    let jar: CookieJar;

    const factor = async () =>
      (await callApi(server, jar, "GET", "/api/me/push")).json<PushFactorView>();
    const nextStepOfSignIn = async () =>
      (await signIn(server, new CookieJar(), user)).json<{ next: string }>().next;
    const audited = async (event: string) =>
      (
        await server.context.db
          .selectFrom("audit_events")
          .select("event")
          .where("event", "=", event)
          .where("target_id", "=", user.id)
          .execute()
      ).length;

    beforeEach(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "deviceLogin", { mode: "on" });
      await setPolicy(server, "push", { mode: "allowed" });
      user = await createTestUser(server);
      jar = new CookieJar();
      expect((await signIn(server, jar, user)).statusCode).toBe(200);
      await enrollDesktopApp(server, user, jar);
    });

    afterEach(async () => {
      await server.close();
    });

    it("shows push with the computer that approves; turned off, a sign-in no longer asks the app; turned on, it does again", async () => {
      expect(await factor()).toEqual({
        available: true,
        required: false,
        on: true,
        devices: [`Laptop of ${user.email}`],
      });
      expect(await nextStepOfSignIn()).toBe("push");

      const off = await callApi(server, jar, "POST", "/api/me/push/turn-off", {});
      expect(off.statusCode).toBe(204);
      expect(await factor()).toMatchObject({ available: true, on: false });
      expect(await audited("push.turned_off")).toBe(1);
      expect(await nextStepOfSignIn()).not.toBe("push");

      expect((await callApi(server, jar, "POST", "/api/me/push/turn-on", {})).statusCode).toBe(204);
      expect(await factor()).toMatchObject({ on: true });
      expect(await audited("push.turned_on")).toBe(1);
      expect(await nextStepOfSignIn()).toBe("push");
    });

    it("turning push off ends the user's other sessions, not this one", async () => {
      const other = new CookieJar();
      // A second session, made while push is off for a moment (the policy), then back on.
      await setPolicy(server, "push", { mode: "off" });
      expect((await signIn(server, other, user)).statusCode).toBe(200);
      await setPolicy(server, "push", { mode: "allowed" });
      expect((await callApi(server, other, "GET", "/api/me")).statusCode).toBe(200);

      expect((await callApi(server, jar, "POST", "/api/me/push/turn-off", {})).statusCode).toBe(
        204,
      );
      expect((await callApi(server, other, "GET", "/api/me")).statusCode).toBe(401);
      expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
    });

    it("is turned off only after a recent verification", async () => {
      server.clock.advance(6 * 60_000);
      const stale = await callApi(server, jar, "POST", "/api/me/push/turn-off", {});
      expect(stale.json<{ code: string }>().code).toBe("RECENT_VERIFICATION_REQUIRED");
      expect(await factor()).toMatchObject({ on: true });
    });

    it("cannot be turned off while the policy requires push", async () => {
      await setPolicy(server, "push", { mode: "required" });
      const refused = await callApi(server, jar, "POST", "/api/me/push/turn-off", {});
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ code: string }>().code).toBe("PUSH_REQUIRED_BY_POLICY");
      expect(await factor()).toMatchObject({ required: true, on: true });
      expect(await audited("push.turned_off")).toBe(0);
    });

    it("is not offered while the policy is off or no computer can approve", async () => {
      await setPolicy(server, "push", { mode: "off" });
      expect(await factor()).toMatchObject({ available: false });
      await setPolicy(server, "push", { mode: "allowed" });
      await server.context.db
        .updateTable("devices")
        .set({ revoked_at: server.clock.now() })
        .execute();
      expect(await factor()).toMatchObject({ available: false, devices: [] });
    });
  });
}
