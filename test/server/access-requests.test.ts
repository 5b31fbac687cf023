// Access requests from asking to deciding (server/requests/): every transition, refused
// transitions as values, and races decided by one conditional UPDATE — on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppAssigned } from "../../server/apps/app-store.ts";
import { currentStep } from "../../server/requests/notify-approvers.ts";
import { setRequestFlow } from "../../server/requests/request-flows.ts";
import { cancelRequest } from "../../server/requests/submit-request.ts";
import { createRequestWorld, type RequestWorld } from "../fixtures/access-requests.ts";
import { dialects } from "../fixtures/databases.ts";

const day = 24 * 60 * 60_000;

for (const dialect of dialects) {
  describe(`access requests on ${dialect}`, () => {
    let world: RequestWorld;
    beforeAll(async () => {
      world = await createRequestWorld(dialect);
      await world.addUser("admin", { role: "admin" });
    });
    afterAll(async () => {
      await world.close();
    });

    it("the manager approves: the requester joins the target group and has the app", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      expect((await world.mailsTo(`${p}-boss@example.com`))[0]?.subject).toBe(
        `${p}-req Example asks for access to App ${p}-app`,
      );
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(false);
      const outcome = await world.decide(request.id, `${p}-boss`);
      expect(outcome.ok && outcome.request.state).toBe("approved");
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(true);
      const mails = await world.mailsTo(`${p}-req@example.com`);
      expect(mails.map((mail) => mail.subject)).toEqual([`You now have access to App ${p}-app`]);
      const events = await world.db
        .selectFrom("audit_events")
        .select("event")
        .where("target_id", "=", `${p}-req`)
        .execute();
      expect(events.map((event) => event.event).sort()).toEqual(
        ["access.granted", "request.approved", "request.submitted"].sort(),
      );
    });

    it("a denial ends the request without access and tells the requester who denied it", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      const outcome = await world.decide(request.id, `${p}-boss`, "denied");
      expect(outcome.ok && outcome.request.state).toBe("denied");
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(false);
      expect((await world.mailsTo(`${p}-req@example.com`))[0]?.body).toContain(
        `denied by Boss ${p}`,
      );
      expect(await world.decide(request.id, `${p}-boss`)).toEqual({
        ok: false,
        reason: "not_pending",
      });
    });

    it("two approvers deciding at once: exactly one decision wins", async () => {
      const p = await world.scene((q) => [{ approver: "group", groupId: `${q}-approvers` }]);
      const request = await world.ask(p);
      const outcomes = await Promise.all([
        world.decide(request.id, `${p}-a1`, "approved"),
        world.decide(request.id, `${p}-a2`, "denied"),
      ]);
      expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
      expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([
        { ok: false, reason: "not_pending" },
      ]);
      const decisions = await world.db
        .selectFrom("access_request_decisions")
        .selectAll()
        .where("request_id", "=", request.id)
        .execute();
      expect(decisions).toHaveLength(1);
      const row = await world.db
        .selectFrom("access_requests")
        .select("state")
        .where("id", "=", request.id)
        .executeTakeFirstOrThrow();
      expect(row.state).toBe(decisions[0]?.decision);
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(row.state === "approved");
    });

    it("an approver can't approve their own request, even as an admin", async () => {
      const p = `own-${dialect}`;
      await world.addUser(`${p}-req`, { role: "admin" });
      await world.addUser(`${p}-other-admin`, { role: "admin" });
      await world.addApp(`${p}-app`);
      await world.addGroup(`${p}-target`);
      await setRequestFlow({ db: world.db, now: world.clock.now(), actorId: "admin" }, `${p}-app`, {
        targetGroupId: `${p}-target`,
        requestersGroupId: null,
        steps: [{ approver: "admins" }],
        durationsDays: [],
        maxDurationDays: null,
      });
      const request = await world.ask(p);
      expect(await world.decide(request.id, `${p}-req`)).toEqual({
        ok: false,
        reason: "self_approval",
      });
      expect((await world.decide(request.id, `${p}-other-admin`)).ok).toBe(true);
    });

    it("someone who is not an approver of the step is refused", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      expect(await world.decide(request.id, `${p}-a1`)).toEqual({
        ok: false,
        reason: "not_an_approver",
      });
      expect(await world.decide("no-such-request", `${p}-boss`)).toEqual({
        ok: false,
        reason: "not_found",
      });
    });

    it("approving after the request expired is refused", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      expect(request.expires_at).toBe(world.clock.now() + 30 * day);
      world.clock.advance(30 * day);
      expect(await world.decide(request.id, `${p}-boss`)).toEqual({ ok: false, reason: "expired" });
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(false);
    });

    it("a named approver disabled mid-flow no longer decides; the step needs an approver and an admin decides it", async () => {
      const p = await world.scene((q) => [{ approver: "users", userIds: [`${q}-a1`] }]);
      const request = await world.ask(p);
      await world.db
        .updateTable("users")
        .set({ status: "disabled" })
        .where("id", "=", `${p}-a1`)
        .execute();
      expect(await world.decide(request.id, `${p}-a1`)).toEqual({
        ok: false,
        reason: "not_an_approver",
      });
      const step = await currentStep(world.db, request);
      expect(step?.approvers).toEqual({ resolved: false, missing: "no_approvers" });
      expect(step?.deciders).toContain("admin");
      expect((await world.decide(request.id, "admin")).ok).toBe(true);
    });

    it("a group approver removed from the group mid-flow no longer decides", async () => {
      const p = await world.scene((q) => [{ approver: "group", groupId: `${q}-approvers` }]);
      const request = await world.ask(p);
      await world.db
        .deleteFrom("group_members")
        .where("group_id", "=", `${p}-approvers`)
        .where("user_id", "=", `${p}-a1`)
        .execute();
      expect(await world.decide(request.id, `${p}-a1`)).toEqual({
        ok: false,
        reason: "not_an_approver",
      });
      expect((await world.decide(request.id, `${p}-a2`)).ok).toBe(true);
    });

    it("no manager on the profile is its own state, told to the admins, never a silent wait", async () => {
      const p = await world.scene(() => [{ approver: "manager" }], { manager: null });
      const request = await world.ask(p);
      expect((await currentStep(world.db, request))?.approvers).toEqual({
        resolved: false,
        missing: "no_manager",
      });
      const adminMail = (await world.mailsTo("admin@example.com")).find((mail) =>
        mail.body.includes(`${p}-req@example.com`),
      );
      expect(adminMail?.subject).toBe(`A request for App ${p}-app has nobody to approve it`);
      expect(adminMail?.body).toContain("their profile names no manager");
      expect((await world.decide(request.id, "admin")).ok).toBe(true);
    });

    it("a manager that matches no account is told apart from no manager at all", async () => {
      const p = await world.scene(() => [{ approver: "manager" }], { manager: "Nobody Known" });
      const request = await world.ask(p);
      expect((await currentStep(world.db, request))?.approvers).toEqual({
        resolved: false,
        missing: "manager_not_found",
      });
    });

    it("several steps: each waits for its own approvers, and one person approves only one step", async () => {
      const p = await world.scene((q) => [
        { approver: "manager" },
        { approver: "group", groupId: `${q}-approvers` },
      ]);
      await world.db
        .insertInto("group_members")
        .values({ group_id: `${p}-approvers`, user_id: `${p}-boss` })
        .execute();
      const request = await world.ask(p);
      expect(await world.decide(request.id, `${p}-a1`)).toEqual({
        ok: false,
        reason: "not_an_approver",
      });
      const first = await world.decide(request.id, `${p}-boss`);
      expect(first.ok && [first.request.state, first.request.approved_steps]).toEqual([
        "pending",
        1,
      ]);
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(false);
      expect(await world.mailsTo(`${p}-a1@example.com`)).toHaveLength(1);
      expect(await world.decide(request.id, `${p}-boss`)).toEqual({
        ok: false,
        reason: "decided_earlier_step",
      });
      const second = await world.decide(request.id, `${p}-a2`);
      expect(second.ok && second.request.state).toBe("approved");
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(true);
    });

    it("the requester cancels while pending; afterwards nobody decides it", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      const context = world.context();
      expect(
        await cancelRequest(context, { requestId: request.id, requesterId: `${p}-boss` }),
      ).toEqual({ ok: false, reason: "not_found" });
      expect(
        await cancelRequest(context, { requestId: request.id, requesterId: `${p}-req` }),
      ).toEqual({ ok: true });
      expect(
        await cancelRequest(context, { requestId: request.id, requesterId: `${p}-req` }),
      ).toEqual({ ok: false, reason: "not_pending" });
      expect(await world.decide(request.id, `${p}-boss`)).toEqual({
        ok: false,
        reason: "not_pending",
      });
    });

    it("a cancel racing an approval: exactly one of them happens", async () => {
      const p = await world.scene(() => [{ approver: "manager" }]);
      const request = await world.ask(p);
      const [cancelled, approved] = await Promise.all([
        cancelRequest(world.context(), { requestId: request.id, requesterId: `${p}-req` }),
        world.decide(request.id, `${p}-boss`),
      ]);
      expect([cancelled.ok, approved.ok].filter(Boolean)).toHaveLength(1);
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(approved.ok);
    });
  });
}
