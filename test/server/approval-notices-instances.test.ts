// Access-request notices across two instances on one database (issue 20), on PostgreSQL and on
// one SQLite file: a desktop app waiting on instance B hears of a request asked on instance A,
// and of its decision made on A — carried by the change channel (storage/change-channel.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeTopics } from "../../server/storage/change-topics.ts";
import type { ApprovalNotice } from "../../server/schemas/approval-notices.ts";
import {
  askForApp,
  noticeScene,
  pollNotices,
  type NoticeScene,
} from "../fixtures/approval-notices.ts";
import { dialects } from "../fixtures/databases.ts";
import { callApi, setPolicy, startTestServer, type TestServer } from "../fixtures/test-server.ts";

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
  });
}
