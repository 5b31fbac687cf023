// Per-app MFA by push at launch (issue 17), the races, "This wasn't me" and push fatigue, over
// the real routes on both databases: of two answers exactly one wins, two browsers continuing
// with one approval open the app once, a report locks the account and ends the launch, and the
// fatigue limits send the step-up to the code; across two instances the change channel carries it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import {
  answerWith,
  askInbox,
  inboxOf,
  reportRequest,
  type BrowserPrompt,
} from "../fixtures/push.ts";
import {
  appUrls,
  auditRows,
  numberOn,
  openLaunch,
  postPageForm,
  startStepUpWorld,
  type StepUpWorld,
} from "../fixtures/push-step-up.ts";
import { callApi, setPolicy, startTestServer, type TestServer } from "../fixtures/test-server.ts";
import type { PushRequestEvent } from "../../server/schemas/push.ts";

for (const dialect of dialects) {
  describe(`per-app MFA by push: races, reports and fatigue (${dialect})`, () => {
    let world: StepUpWorld;

    beforeEach(async () => {
      world = await startStepUpWorld(dialect);
    });
    afterEach(() => world.server.close());

    async function launchWithRequest(appId = world.apps.finance) {
      const launch = await openLaunch(world, appId);
      const [event] = await inboxOf(world.server, world.desktop);
      const number = numberOn(launch.page);
      if (event === undefined || number === undefined) {
        throw new Error("no request reached the desktop app");
      }
      return { ...launch, event, number };
    }

    it("of two approvals at once exactly one wins", async () => {
      const { event, number } = await launchWithRequest();
      const answers = await Promise.all([
        answerWith(world.server, world.desktop, event, number),
        answerWith(world.server, world.desktop, event, number),
      ]);
      // The loser is refused, as ended or by the passkey's signature counter (a 4xx either way).
      const statuses = answers.map((answer) => answer.statusCode).sort();
      expect(statuses[0]).toBe(200);
      expect(statuses[1]).toBeGreaterThanOrEqual(400);
      expect(statuses[1]).toBeLessThan(500);
      expect(await auditRows(world, "push.approved")).toHaveLength(1);
    });

    it("two continues with one approval open the app once", async () => {
      const { browser, event, number } = await launchWithRequest();
      await answerWith(world.server, world.desktop, event, number);
      const [first, second] = await Promise.all([
        postPageForm(world.server, browser, "continue"),
        postPageForm(world.server, browser, "continue"),
      ]);
      const locations = [first.headers.location, second.headers.location];
      expect(locations.filter((location) => location === appUrls.finance)).toHaveLength(1);
      expect([first.statusCode, second.statusCode].sort()).toEqual([303, 410]);
      expect(await auditRows(world, "app.launched")).toHaveLength(1);
    });

    it('approve against "This wasn\'t me": exactly one wins; a report locks and ends the launch', async () => {
      const { browser, event, number } = await launchWithRequest();
      const [approved, reported] = await Promise.all([
        answerWith(world.server, world.desktop, event, number),
        reportRequest(world.server, world.desktop, event.id),
      ]);
      const statuses = [approved.statusCode, reported.statusCode];
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.every((status) => status < 500)).toBe(true);
      const page = await postPageForm(world.server, browser, "continue");
      if (reported.statusCode === 200) {
        expect(page.statusCode).toBe(403);
        expect(page.body).toContain("locked your account");
      } else {
        expect(page.headers.location).toBe(appUrls.finance);
      }
    });

    it('"This wasn\'t me" denies, locks the account and closes the launch for good', async () => {
      const { browser, event, number } = await launchWithRequest();
      expect((await reportRequest(world.server, world.desktop, event.id)).statusCode).toBe(200);
      expect(await auditRows(world, "push.denied")).toMatchObject([{ reason: "reported" }]);
      const user = await world.server.context.db
        .selectFrom("users")
        .select(["locked_at", "locked_until"])
        .where("id", "=", world.user.id)
        .executeTakeFirstOrThrow();
      expect(user.locked_at).not.toBeNull();
      const page = await postPageForm(world.server, browser, "continue");
      expect(page.statusCode).toBe(403);
      expect(page.body).toContain("Launch reported");
      expect((await answerWith(world.server, world.desktop, event, number)).statusCode).not.toBe(
        200,
      );
      expect((await postPageForm(world.server, browser, "continue")).statusCode).toBe(410);
      expect(await auditRows(world, "app.launched")).toEqual([]);
    });

    it("does not open the app when the account was locked after the approval", async () => {
      const { browser, event, number } = await launchWithRequest();
      await answerWith(world.server, world.desktop, event, number);
      await world.server.context.db
        .updateTable("users")
        .set({
          locked_at: world.server.clock.now(),
          locked_until: null,
          lock_reason: "failed_attempts",
        })
        .where("id", "=", world.user.id)
        .execute();
      const page = await postPageForm(world.server, browser, "continue");
      expect(page.statusCode).toBe(403);
      expect(page.body).toContain("Your account is locked");
      expect(page.headers.location).toBeUndefined();
    });

    it("pauses push after three wrong numbers in a row; the next launch asks for the code", async () => {
      for (let denial = 0; denial < 3; denial += 1) {
        const { event, number } = await launchWithRequest();
        const wrong = event.choices.find((choice) => choice.number !== number)?.number ?? 0;
        await answerWith(world.server, world.desktop, event, wrong);
        world.server.clock.advance(1_000);
      }
      expect(await auditRows(world, "push.paused")).toHaveLength(1);
      const next = await openLaunch(world, world.apps.payroll);
      expect(next.page.body).toContain("Verify it’s you");
      expect(numberOn(next.page)).toBeUndefined();
      expect(await inboxOf(world.server, world.desktop)).toEqual([]);
    });

    it("sends no more than the policy's requests in 10 minutes; past it, the code", async () => {
      await setPolicy(world.server, "push", { maxRequestsPerTenMinutes: 2 });
      await launchWithRequest(world.apps.finance);
      await launchWithRequest(world.apps.payroll);
      const third = await openLaunch(world, world.apps.finance);
      expect(third.page.body).toContain("Verify it’s you");
      expect(await auditRows(world, "push.limited")).toHaveLength(1);
      expect(await inboxOf(world.server, world.desktop)).toHaveLength(2);
    });
  });

  describe(`per-app MFA by push across two instances (${dialect})`, () => {
    let world: StepUpWorld;
    let second: TestServer;

    beforeEach(async () => {
      world = await startStepUpWorld(dialect);
      second = await startTestServer(dialect, {
        sharedDatabase: world.server.database,
        clock: world.server.clock,
      });
    });
    afterEach(async () => {
      await second.close();
      await world.server.close();
    });

    it("a launch on one instance reaches the app waiting on the other, whose approval wakes the page", async () => {
      const waitingApp = askInbox(second, world.desktop, 20);
      const launch = await openLaunch(world, world.apps.finance);
      const [event] = (await waitingApp).json<{ requests: PushRequestEvent[] }>().requests;
      expect(event?.appName).toBe("Finance");

      const waitingPage = callApi(
        world.server,
        launch.browser,
        "POST",
        "/api/launch/step-up/push/wait",
        {
          waitSeconds: 20,
        },
      );
      const approved = await answerWith(second, world.desktop, event!, numberOn(launch.page) ?? 0);
      expect(approved.json()).toEqual({ outcome: "approved" });
      expect((await waitingPage).json<BrowserPrompt>().prompt.status).toBe("approved");
      const opened = await postPageForm(world.server, launch.browser, "continue");
      expect(opened.headers.location).toBe(appUrls.finance);
    });
  });
}
