// The desktop app's notices of access requests to decide (issue 20), on both databases: the
// approver's device hears of a request, the requester's own and a bystander's never do, the
// next step goes to its approver, an approver removed mid-flow and a decided or cancelled
// request drop out, a waiting poll wakes for each change, and no device proof, no notices.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import {
  askForApp,
  noticeScene,
  noticesOf,
  pollNotices,
  reasonText,
} from "../fixtures/approval-notices.ts";
import { askInbox } from "../fixtures/push.ts";
import { changeTopics } from "../../server/storage/change-topics.ts";
import {
  callApi,
  CookieJar,
  setPolicy,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

/** The server's change channel, which every test server has. */
function channelOf(server: TestServer) {
  const channel = server.context.changes;
  if (channel === undefined) {
    throw new Error("the test server has no change channel");
  }
  return channel;
}

for (const dialect of dialects) {
  describe(`access-request notices on the desktop app (${dialect})`, () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await setPolicy(server, "deviceLogin", { mode: "on" });
    });
    afterAll(async () => {
      await server.close();
    });

    const decide = (jar: CookieJar, requestId: string, decision = "approved") =>
      callApi(server, jar, "POST", `/api/requests/${requestId}/decision`, { decision });

    it("reach the approver's device in words without the reason, never the requester's or a bystander's", async () => {
      const scene = await noticeScene(server, () => [{ approver: "manager" }]);
      const requestId = await askForApp(server, scene);
      const answer = await pollNotices(server, scene.manager.desktop);
      expect(answer.statusCode).toBe(200);
      expect(answer.json<{ approvals: unknown }>().approvals).toEqual([
        {
          key: `${requestId}.1`,
          requestId,
          step: 1,
          steps: 1,
          requester: { displayName: expect.stringMatching(/^Jordan Lee/) as string },
          appName: expect.stringMatching(/^Payroll/) as string,
          createdAt: new Date(server.clock.now()).toISOString(),
        },
      ]);
      // The reason is read in the portal, after signing in: it never travels to the device.
      expect(answer.body).not.toContain(reasonText);
      expect(await noticesOf(server, scene.requester.desktop)).toEqual([]);
      expect(await noticesOf(server, scene.bystander.desktop)).toEqual([]);
      expect(await noticesOf(server, scene.second.desktop)).toEqual([]);
      // The window's own poll (no knownApprovals) gets sign-ins only, as before.
      const windowPoll = await askInbox(server, scene.manager.desktop);
      expect(Object.keys(windowPoll.json<object>()).sort()).toEqual(["nextChallenge", "requests"]);
    });

    it("move to the next step's approver, and stop once decided", async () => {
      const scene = await noticeScene(server, (people) => [
        { approver: "manager" },
        { approver: "group", groupId: people.approversGroupId },
      ]);
      const requestId = await askForApp(server, scene);
      expect((await noticesOf(server, scene.second.desktop)).map((n) => n.key)).toEqual([]);
      expect((await decide(scene.manager.jar, requestId)).statusCode).toBe(200);
      expect(await noticesOf(server, scene.manager.desktop)).toEqual([]);
      const next = await noticesOf(server, scene.second.desktop);
      expect(next.map(({ key, step, steps }) => ({ key, step, steps }))).toEqual([
        { key: `${requestId}.2`, step: 2, steps: 2 },
      ]);
      expect((await decide(scene.second.jar, requestId)).statusCode).toBe(200);
      expect(await noticesOf(server, scene.second.desktop)).toEqual([]);
      expect(await noticesOf(server, scene.manager.desktop)).toEqual([]);
    });

    it("stop for an approver removed mid-flow and for a cancelled request", async () => {
      const scene = await noticeScene(server, (people) => [
        { approver: "group", groupId: people.approversGroupId },
      ]);
      const requestId = await askForApp(server, scene);
      expect((await noticesOf(server, scene.second.desktop)).map((n) => n.requestId)).toEqual([
        requestId,
      ]);
      await server.context.db
        .deleteFrom("group_members")
        .where("group_id", "=", scene.approversGroupId)
        .where("user_id", "=", scene.second.user.id)
        .execute();
      expect(await noticesOf(server, scene.second.desktop)).toEqual([]);

      const other = await noticeScene(server, () => [{ approver: "manager" }]);
      const cancelledId = await askForApp(server, other);
      expect((await noticesOf(server, other.manager.desktop)).length).toBe(1);
      const cancelled = await callApi(
        server,
        other.requester.jar,
        "POST",
        `/api/requests/${cancelledId}/cancel`,
        {},
      );
      expect(cancelled.statusCode).toBe(204);
      expect(await noticesOf(server, other.manager.desktop)).toEqual([]);
    });

    it("wake a waiting poll when a request arrives and when it is decided", async () => {
      const scene = await noticeScene(server, () => [{ approver: "manager" }]);
      // What wakes the poll before its wait ends: the change announced on the channel.
      let announced = 0;
      const stop = channelOf(server).subscribe(changeTopics.accessRequests, () => {
        announced += 1;
      });
      const waiting = pollNotices(server, scene.manager.desktop, { waitSeconds: 20 });
      const requestId = await askForApp(server, scene);
      await expect.poll(() => announced).toBe(1);
      const arrived = await waiting;
      const keys = arrived.json<{ approvals: { key: string }[] }>().approvals.map((n) => n.key);
      expect(keys).toEqual([`${requestId}.1`]);
      // Told what it shows, the poll waits; the denial answers it with the notice gone.
      const stillWaiting = pollNotices(server, scene.manager.desktop, {
        knownApprovals: keys,
        waitSeconds: 20,
      });
      expect((await decide(scene.manager.jar, requestId, "denied")).statusCode).toBe(200);
      await expect.poll(() => announced).toBe(2);
      expect((await stillWaiting).json<{ approvals: unknown[] }>().approvals).toEqual([]);
      stop();
    });

    it("are refused without a valid device proof, and to a revoked device", async () => {
      const scene = await noticeScene(server, () => [{ approver: "manager" }]);
      await askForApp(server, scene);
      const anonymous = await callApi(server, new CookieJar(), "POST", "/api/push/inbox", {
        knownApprovals: [],
      });
      expect(anonymous.statusCode).toBe(400);
      const forged = await callApi(server, new CookieJar(), "POST", "/api/push/inbox", {
        deviceProof: {
          deviceId: scene.manager.desktop.deviceId,
          challenge: "A".repeat(43),
          signature: "A".repeat(96),
        },
        knownApprovals: [],
      });
      expect(forged.statusCode).toBeGreaterThanOrEqual(400);
      expect(forged.body).not.toContain("approvals");
      await server.context.db
        .updateTable("devices")
        .set({ revoked_at: server.clock.now() })
        .where("id", "=", scene.manager.desktop.deviceId)
        .execute();
      const revoked = await pollNotices(server, scene.manager.desktop);
      expect(revoked.statusCode).toBeGreaterThanOrEqual(400);
      expect(revoked.body).not.toContain("approvals");
    });
  });
}
