// Time-bound access ends by itself (server/requests/request-timers.ts): undecided requests
// expire, the requester hears a day before and at the end, and the end happens exactly once
// even with two instances running the job at once — on both databases, with the moved clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppAssigned } from "../../server/apps/app-store.ts";
import { loadLaunch } from "../../server/launch/launch-access.ts";
import { decideRequest } from "../../server/requests/decide-request.ts";
import { setRequestFlow } from "../../server/requests/request-flows.ts";
import { runRequestTimers } from "../../server/requests/request-timers.ts";
import { changeTopics } from "../../server/storage/change-topics.ts";
import { submitRequest } from "../../server/requests/submit-request.ts";
import { runExclusively } from "../../server/storage/job-lock.ts";
import { createRequestWorld, type RequestWorld } from "../fixtures/access-requests.ts";
import { dialects } from "../fixtures/databases.ts";

const day = 24 * 60 * 60_000;

for (const dialect of dialects) {
  describe(`time-bound access on ${dialect}`, () => {
    let world: RequestWorld;
    let serial = 0;

    /** A requester with a request for a fresh app, managed by `<p>-boss`; 30-day expiry. */
    async function requested(durationDays: number | null, durationsDays = [7]) {
      serial += 1;
      const p = `t${serial}`;
      await world.addUser(`${p}-boss`, { displayName: `Boss ${p}` });
      await world.addUser(`${p}-req`, { manager: `Boss ${p}` });
      await world.addApp(`${p}-app`);
      await world.addGroup(`${p}-target`);
      const flow = await setRequestFlow(
        { db: world.db, now: world.clock.now(), actorId: null },
        `${p}-app`,
        {
          targetGroupId: `${p}-target`,
          requestersGroupId: null,
          steps: [{ approver: "manager" }],
          durationsDays,
          maxDurationDays: null,
        },
      );
      expect(flow.ok).toBe(true);
      const outcome = await submitRequest(world.context(), {
        requesterId: `${p}-req`,
        appId: `${p}-app`,
        reason: "Covering for a colleague",
        durationDays,
      });
      if (!outcome.ok) {
        throw new Error(outcome.reason);
      }
      return { p, request: outcome.request };
    }

    const announced: string[] = [];
    const timers = () =>
      runRequestTimers({
        ...world.context(),
        announce: (topic) => {
          announced.push(topic);
          return Promise.resolve();
        },
      });
    const hasApp = (p: string) => isAppAssigned(world.db, `${p}-req`, `${p}-app`);

    beforeAll(async () => {
      world = await createRequestWorld(dialect);
    });
    afterAll(async () => {
      await world.close();
    });

    it("an undecided request expires after 30 days, once, and the requester is told", async () => {
      const { p, request } = await requested(7);
      world.clock.advance(30 * day - 1);
      announced.length = 0;
      expect((await timers()).expired).toBe(0);
      expect(announced).toEqual([]);
      world.clock.advance(1);
      const [first, second] = await Promise.all([timers(), timers()]);
      expect(first.expired + second.expired).toBe(1);
      // The run that expired it tells every instance: the approvers' desktop apps let it go.
      expect(announced).toEqual([changeTopics.accessRequests]);
      const row = await world.db
        .selectFrom("access_requests")
        .select("state")
        .where("id", "=", request.id)
        .executeTakeFirstOrThrow();
      expect(row.state).toBe("expired");
      const mails = await world.mailsTo(`${p}-req@example.com`);
      expect(mails.map((mail) => mail.subject)).toEqual([`Your request for App ${p}-app expired`]);
      const late = await decideRequest(world.context(), {
        requestId: request.id,
        approverId: `${p}-boss`,
        decision: "approved",
      });
      expect(late).toEqual({ ok: false, reason: "not_pending" });
    });

    it("time-bound access is announced a day before, ends at its end, and launch is refused after", async () => {
      const { p, request } = await requested(7);
      const approved = await decideRequest(world.context(), {
        requestId: request.id,
        approverId: `${p}-boss`,
        decision: "approved",
      });
      expect(approved.ok && approved.request.grant_ends_at).toBe(world.clock.now() + 7 * day);
      expect(await loadLaunch(world, `${p}-req`, `${p}-app`)).toBeDefined();

      world.clock.advance(6 * day - 1);
      expect((await timers()).reminded).toBe(0);
      world.clock.advance(1);
      expect((await timers()).reminded).toBe(1);
      expect((await timers()).reminded).toBe(0);
      expect(await hasApp(p)).toBe(true);

      world.clock.advance(day);
      const [first, second] = await Promise.all([timers(), timers()]);
      expect(first.ended + second.ended).toBe(1);
      expect(await hasApp(p)).toBe(false);
      expect(await loadLaunch(world, `${p}-req`, `${p}-app`)).toBeUndefined();
      const subjects = (await world.mailsTo(`${p}-req@example.com`)).map((mail) => mail.subject);
      expect(subjects).toEqual([
        `You now have access to App ${p}-app`,
        `Your access to App ${p}-app ends soon`,
        `Your access to App ${p}-app has ended`,
      ]);
      const ended = await world.db
        .selectFrom("audit_events")
        .select("details")
        .where("event", "=", "access.grant_ended")
        .where("target_id", "=", `${p}-req`)
        .execute();
      expect(ended).toHaveLength(1);
    });

    it("a grant ending while the user is launching: the launch step after the end is refused", async () => {
      const { p, request } = await requested(7);
      await decideRequest(world.context(), {
        requestId: request.id,
        approverId: `${p}-boss`,
        decision: "approved",
      });
      const launching = await loadLaunch(world, `${p}-req`, `${p}-app`);
      expect(launching?.target.id).toBe(`${p}-app`);
      world.clock.advance(7 * day);
      const [ended] = await Promise.all([timers(), loadLaunch(world, `${p}-req`, `${p}-app`)]);
      expect(ended.ended).toBe(1);
      expect(await loadLaunch(world, `${p}-req`, `${p}-app`)).toBeUndefined();
    });

    it("access granted without a duration stays", async () => {
      const { p, request } = await requested(null, []);
      await decideRequest(world.context(), {
        requestId: request.id,
        approverId: `${p}-boss`,
        decision: "approved",
      });
      world.clock.advance(400 * day);
      await timers();
      expect(await hasApp(p)).toBe(true);
    });

    it("membership another running grant still needs is kept when one grant ends", async () => {
      const { p, request } = await requested(7, [7, 30]);
      await decideRequest(world.context(), {
        requestId: request.id,
        approverId: `${p}-boss`,
        decision: "approved",
      });
      // A second app granted through the same group, for longer.
      await world.addApp(`${p}-app2`);
      await setRequestFlow({ db: world.db, now: world.clock.now(), actorId: null }, `${p}-app2`, {
        targetGroupId: `${p}-target`,
        requestersGroupId: null,
        steps: [{ approver: "manager" }],
        durationsDays: [30],
        maxDurationDays: null,
      });
      // Already in the group, so the second app is had; record a longer grant into the group directly.
      await world.db
        .insertInto("access_requests")
        .values({
          ...request,
          id: `${p}-longer`,
          app_id: `${p}-app2`,
          state: "approved",
          duration_days: 30,
          grant_ends_at: world.clock.now() + 30 * day,
        })
        .execute();
      world.clock.advance(7 * day);
      expect((await timers()).ended).toBe(1);
      expect(await hasApp(p)).toBe(true);
      world.clock.advance(23 * day);
      expect((await timers()).ended).toBe(1);
      expect(await hasApp(p)).toBe(false);
    });

    it("two instances running the job at once: the one holding the lock runs it, the other skips", async () => {
      const { p, request } = await requested(7);
      await decideRequest(world.context(), {
        requestId: request.id,
        approverId: `${p}-boss`,
        decision: "approved",
      });
      world.clock.advance(7 * day);
      let entered!: () => void;
      const holding = new Promise<void>((resolve) => (entered = resolve));
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const options = { clock: world.clock };
      const first = runExclusively(
        world.db,
        "access-request-timers",
        async () => {
          entered();
          await gate;
          return timers();
        },
        options,
      );
      await holding;
      const second = await runExclusively(world.db, "access-request-timers", timers, options);
      release();
      const firstRun = await first;
      expect(second).toEqual({ ran: false });
      expect(firstRun.ran && firstRun.value.ended).toBe(1);
      expect(await hasApp(p)).toBe(false);
    });
  });
}
