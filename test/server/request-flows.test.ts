// Asking for an app and the flows that make it requestable (server/requests/): a reason, an
// allowed duration, one undecided request at a time, who may ask, and a flow's own checks — on
// both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  removeRequestFlow,
  setRequestFlow,
  type FlowDefinition,
} from "../../server/requests/request-flows.ts";
import { submitRequest } from "../../server/requests/submit-request.ts";
import { changeTopics } from "../../server/storage/change-topics.ts";
import { createRequestWorld, type RequestWorld } from "../fixtures/access-requests.ts";
import { dialects } from "../fixtures/databases.ts";

for (const dialect of dialects) {
  describe(`asking for apps and request flows on ${dialect}`, () => {
    let world: RequestWorld;

    beforeAll(async () => {
      world = await createRequestWorld(dialect);
      await world.addUser("admin", { role: "admin" });
    });
    afterAll(async () => {
      await world.close();
    });

    it("asking is refused without a reason, with a duration the flow does not allow, twice at once, or for an app already had", async () => {
      const p = await world.scene(() => [{ approver: "manager" }], { durations: [7, 30] });
      const input = { requesterId: `${p}-req`, appId: `${p}-app`, durationDays: 7 };
      const context = world.context();
      expect(await submitRequest(context, { ...input, reason: " \n " })).toEqual({
        ok: false,
        reason: "reason_required",
      });
      for (const durationDays of [null, 8, 0, -7, 1.5]) {
        expect(await submitRequest(context, { ...input, durationDays, reason: "why" })).toEqual({
          ok: false,
          reason: "duration_not_allowed",
        });
      }
      expect(
        await submitRequest(context, { ...input, appId: "no-such-app", reason: "why" }),
      ).toEqual({ ok: false, reason: "not_requestable" });
      const both = await Promise.all([
        submitRequest(context, { ...input, reason: "why" }),
        submitRequest(context, { ...input, reason: "why" }),
      ]);
      expect(both.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(both.filter((outcome) => !outcome.ok)).toEqual([
        { ok: false, reason: "already_pending" },
      ]);
      const request = both.find((outcome) => outcome.ok);
      expect(request?.ok && (await world.decide(request.request.id, `${p}-boss`)).ok).toBe(true);
      expect(await submitRequest(context, { ...input, reason: "why" })).toEqual({
        ok: false,
        reason: "already_has_access",
      });
    });

    it("only members of the requesters group may ask when the flow names one", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      await world.addGroup(`${p}-may-ask`);
      await setRequestFlow({ db: world.db, now: world.clock.now(), actorId: "admin" }, `${p}-app`, {
        targetGroupId: `${p}-target`,
        requestersGroupId: `${p}-may-ask`,
        steps: [{ approver: "manager" }],
        durationsDays: [],
        maxDurationDays: null,
      });
      const input = {
        requesterId: `${p}-req`,
        appId: `${p}-app`,
        durationDays: null,
        reason: "why",
      };
      expect(await submitRequest(world.context(), input)).toEqual({
        ok: false,
        reason: "not_requestable",
      });
      await world.db
        .insertInto("group_members")
        .values({ group_id: `${p}-may-ask`, user_id: `${p}-req` })
        .execute();
      expect((await submitRequest(world.context(), input)).ok).toBe(true);
    });

    it("removing a flow cancels its undecided requests", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      const actor = { db: world.db, now: world.clock.now(), actorId: "admin" };
      const announced: string[] = [];
      const announce = (topic: string) => {
        announced.push(topic);
        return Promise.resolve();
      };
      expect(await removeRequestFlow(actor, `${p}-app`, announce)).toEqual({
        ok: true,
        cancelled: 1,
      });
      expect(await removeRequestFlow(actor, `${p}-app`, announce)).toEqual({
        ok: false,
        reason: "not_found",
      });
      // Told once, for the cancelled request: the desktop apps showing it let it go.
      expect(announced).toEqual([changeTopics.accessRequests]);
      expect(await world.decide(request.id, `${p}-boss`)).toEqual({
        ok: false,
        reason: "not_pending",
      });
    });

    it("a flow is refused with a named field when a group, approver or duration is wrong", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const actor = { db: world.db, now: world.clock.now(), actorId: "admin" };
      const base: FlowDefinition = {
        targetGroupId: `${p}-target`,
        requestersGroupId: null,
        steps: [{ approver: "manager" }],
        durationsDays: [],
        maxDurationDays: null,
      };
      const cases: [Partial<FlowDefinition>, string][] = [
        [{ targetGroupId: "nope" }, "targetGroupId"],
        [{ steps: [] }, "steps"],
        [{ steps: [{ approver: "users", userIds: ["ghost"] }] }, "steps.0.userIds"],
        [{ steps: [{ approver: "group", groupId: "nope" }] }, "steps.0.groupId"],
        [{ durationsDays: [400] }, "durationsDays"],
        [{ durationsDays: [30], maxDurationDays: 7 }, "durationsDays"],
        [{ maxDurationDays: 0 }, "maxDurationDays"],
        [{ expireAfterDays: 0 }, "expireAfterDays"],
      ];
      for (const [change, field] of cases) {
        const outcome = await setRequestFlow(actor, `${p}-app`, { ...base, ...change });
        expect(
          outcome.ok === false && "field" in outcome && outcome.field,
          JSON.stringify(change),
        ).toBe(field);
      }
      expect(await setRequestFlow(actor, "no-such-app", base)).toEqual({
        ok: false,
        reason: "not_found",
      });
    });
  });
}
