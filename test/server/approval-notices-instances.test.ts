// Access-request notices across two instances on one database (issue 20), on PostgreSQL and on
// one SQLite file: a desktop app waiting on instance B hears of a request asked on instance A,
// and of its decision made on A, its expiry by A's timers and its cancellation when an admin on A
// makes the app unrequestable — carried by the change channel (storage/change-channel.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer } from "../../server/mail/mailer.ts";
import { runRequestTimers } from "../../server/requests/request-timers.ts";
import { changeTopics } from "../../server/storage/change-topics.ts";
import type { ApprovalNotice } from "../../server/schemas/approval-notices.ts";
import {
  askForApp,
  noticeScene,
  pollNotices,
  type NoticeScene,
} from "../fixtures/approval-notices.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
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
  describe(`access-request notices across two instances (${dialect})`, () => {
    let first: TestServer;
    let second: TestServer;
    let scene: NoticeScene;

    beforeEach(async () => {
      first = await startTestServer(dialect);
      second = await startTestServer(dialect, {
        sharedDatabase: first.database,
        clock: first.clock,
      });
      await setPolicy(first, "deviceLogin", { mode: "on" });
      scene = await noticeScene(first, () => [{ approver: "manager" }]);
    });

    afterEach(async () => {
      await second.close();
      await first.close();
    });

    it("the app waiting on B hears of a request asked on A, and of its approval there", async () => {
      let heardOnSecond = 0;
      const stop = channelOf(second).subscribe(changeTopics.accessRequests, () => {
        heardOnSecond += 1;
      });
      const waiting = pollNotices(second, scene.manager.desktop, { waitSeconds: 20 });
      const requestId = await askForApp(first, scene);
      // B learns of the change from the database (NOTIFY, or its poll of the versions on SQLite).
      await expect.poll(() => heardOnSecond, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      const delivered = (await waiting).json<{ approvals: ApprovalNotice[] }>().approvals;
      expect(delivered.map((notice) => notice.key)).toEqual([`${requestId}.1`]);

      const heardBefore = heardOnSecond;
      const stillWaiting = pollNotices(second, scene.manager.desktop, {
        knownApprovals: [`${requestId}.1`],
        waitSeconds: 20,
      });
      const decided = await callApi(
        first,
        scene.manager.jar,
        "POST",
        `/api/requests/${requestId}/decision`,
        { decision: "approved" },
      );
      expect(decided.statusCode).toBe(200);
      await expect.poll(() => heardOnSecond, { timeout: 15_000 }).toBeGreaterThan(heardBefore);
      expect((await stillWaiting).json<{ approvals: unknown[] }>().approvals).toEqual([]);
      stop();
    });

    /** B's app shows the request; `goneOnFirst` ends it on A; B's waiting poll lets it go. */
    async function expectGoneOnSecond(goneOnFirst: (requestId: string) => Promise<void>) {
      let heardOnSecond = 0;
      const stop = channelOf(second).subscribe(changeTopics.accessRequests, () => {
        heardOnSecond += 1;
      });
      const requestId = await askForApp(first, scene);
      await expect.poll(() => heardOnSecond, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      const heardBefore = heardOnSecond;
      const waiting = pollNotices(second, scene.manager.desktop, {
        knownApprovals: [`${requestId}.1`],
        waitSeconds: 20,
      });
      await goneOnFirst(requestId);
      // Told through the channel, not found at the end of the wait.
      await expect.poll(() => heardOnSecond, { timeout: 15_000 }).toBeGreaterThan(heardBefore);
      expect((await waiting).json<{ approvals: unknown[] }>().approvals).toEqual([]);
      stop();
    }

    it("the app waiting on B lets go of a request that A's timers expired", async () => {
      await expectGoneOnSecond(async () => {
        first.clock.advance(31 * 24 * 60 * 60_000);
        const run = await runRequestTimers({
          db: first.context.db,
          // The outbox: the requester's "expired" mail is not what this test reads.
          mailer: createMailer({
            smtpUrl: undefined,
            from: "gatehouse@example.com",
            db: first.context.db,
            now: () => first.clock.now(),
            log: { info: () => undefined, error: () => undefined },
          }),
          now: first.clock.now(),
          announce: (topic) => channelOf(first).publish(topic),
        });
        expect(run.expired).toBe(1);
      });
    });

    it("the app waiting on B lets go of a request whose flow an admin on A removed", async () => {
      const admin = await createTestUser(first, { role: "admin" });
      const jar = new CookieJar();
      await signIn(first, jar, admin);
      await expectGoneOnSecond(async () => {
        const removed = await callApi(
          first,
          jar,
          "POST",
          `/api/admin/request-flows/${scene.appId}/remove`,
          {},
        );
        expect(removed.statusCode).toBe(200);
      });
    });
  });
}
