// Per-app MFA at launch answered on the desktop app (issue 17), over the real routes on both
// databases: the request is bound to that launch's step-up — its approval opens exactly that
// app, once, and never signs the browser in to the portal — while a wrong number, an expired
// request, another user's device and a step-up abandoned for a code are refused.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codeFor } from "../fixtures/mfa.ts";
import { dialects } from "../fixtures/databases.ts";
import { answerWith, inboxOf } from "../fixtures/push.ts";
import {
  appUrls,
  auditRows,
  numberOn,
  openLaunch,
  postPageForm,
  promptOnPage,
  startStepUpWorld,
  waitOnPage,
  type StepUpWorld,
} from "../fixtures/push-step-up.ts";

for (const dialect of dialects) {
  describe(`per-app MFA by push at launch (${dialect})`, () => {
    let world: StepUpWorld;

    beforeEach(async () => {
      world = await startStepUpWorld(dialect);
    });
    afterEach(() => world.server.close());

    async function requestFor(appName: string) {
      const event = (await inboxOf(world.server, world.desktop)).find(
        (waiting) => waiting.appName === appName,
      );
      if (event === undefined) {
        throw new Error(`no request for ${appName} reached the desktop app`);
      }
      return event;
    }

    it("shows the number, names the app on the desktop app, and opens exactly that launch once approved", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      const payroll = await openLaunch(world, world.apps.payroll);
      expect(finance.page.statusCode).toBe(200);
      expect(finance.page.body).toContain("Approve on your desktop app");
      expect(finance.page.headers["content-security-policy"]).toContain("connect-src 'self'");
      const number = numberOn(finance.page);
      expect(number).toBeDefined();
      const event = await requestFor("Finance");
      expect(event.purpose).toBe("step_up");
      expect(event.choices.map((choice) => choice.number)).toContain(number);

      const approved = await answerWith(world.server, world.desktop, event, number ?? 0);
      expect(approved.json()).toEqual({ outcome: "approved" });
      expect((await promptOnPage(world.server, finance.browser)).status).toBe("approved");
      const opened = await postPageForm(world.server, finance.browser, "continue");
      expect(opened.statusCode).toBe(303);
      expect(opened.headers.location).toBe(appUrls.finance);
      // The approval opened this app only: no portal session, the other launch still waits.
      expect(finance.browser.get("gh_session")).toBeUndefined();
      expect((await promptOnPage(world.server, payroll.browser)).status).toBe("pending");
      const stillWaiting = await postPageForm(world.server, payroll.browser, "continue");
      expect(stillWaiting.statusCode).toBe(200);
      expect(stillWaiting.headers.location).toBeUndefined();
      expect(numberOn(stillWaiting)).toBe(numberOn(payroll.page));
      // Once: the same browser cannot open it again with that approval.
      const again = await postPageForm(world.server, finance.browser, "continue");
      expect(again.statusCode).toBe(410);
      expect(await auditRows(world, "app.launched")).toHaveLength(1);
    });

    it("denies on a wrong number, audits it, and lets the page send another request", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      const number = numberOn(finance.page) ?? 0;
      const event = await requestFor("Finance");
      const wrong = event.choices.find((choice) => choice.number !== number)?.number ?? 0;
      const denied = await answerWith(world.server, world.desktop, event, wrong);
      expect(denied.json()).toEqual({ outcome: "denied", reason: "wrong_number" });
      expect(await auditRows(world, "push.denied")).toMatchObject([{ reason: "wrong_number" }]);
      const page = await postPageForm(world.server, finance.browser, "continue");
      expect(page.statusCode).toBe(200);
      expect(page.headers.location).toBeUndefined();
      expect(page.body).toContain("did not match");
      expect(page.body).toContain("Send another request");
      // The denied request cannot be approved after all.
      expect((await answerWith(world.server, world.desktop, event, number)).statusCode).toBe(409);

      world.server.clock.advance(1_000);
      const resent = await postPageForm(world.server, finance.browser, "resend");
      const next = numberOn(resent);
      expect(next).toBeDefined();
      const second = await requestFor("Finance");
      expect(second.id).not.toBe(event.id);
      await answerWith(world.server, world.desktop, second, next ?? 0);
      const opened = await postPageForm(world.server, finance.browser, "continue");
      expect(opened.headers.location).toBe(appUrls.finance);
    });

    it("refuses an approval after the 2 minutes, and the page says the request ended", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      const event = await requestFor("Finance");
      world.server.clock.advance(2 * 60_000);
      const late = await answerWith(
        world.server,
        world.desktop,
        event,
        numberOn(finance.page) ?? 0,
      );
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ code: "PUSH_REQUEST_ENDED" });
      expect((await promptOnPage(world.server, finance.browser)).status).toBe("expired");
      const page = await postPageForm(world.server, finance.browser, "continue");
      expect(page.body).toContain("ended before it was answered");
      expect(page.headers.location).toBeUndefined();
    });

    it("never offers the request to another user's desktop app, and refuses its answer", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      const event = await requestFor("Finance");
      expect(await inboxOf(world.server, world.otherDesktop)).toEqual([]);
      const foreign = await answerWith(
        world.server,
        world.otherDesktop,
        event,
        numberOn(finance.page) ?? 0,
      );
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json()).toMatchObject({ code: "PUSH_OTHER_DEVICE" });
      expect((await promptOnPage(world.server, finance.browser)).status).toBe("pending");
    });

    it("refuses an approval once the step-up moved to a code", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      const event = await requestFor("Finance");
      const codePage = await postPageForm(world.server, finance.browser, "use-code");
      expect(codePage.body).toContain("Verify it’s you");
      expect(await inboxOf(world.server, world.desktop)).toEqual([]);
      const late = await answerWith(
        world.server,
        world.desktop,
        event,
        numberOn(finance.page) ?? 0,
      );
      expect(late.statusCode).toBe(409);
    });

    it("refuses an approval once the step-up was answered with a code, and after it closed", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      const event = await requestFor("Finance");
      const coded = await world.server.request({
        method: "POST",
        url: "/launch/step-up",
        cookies: finance.browser.header(),
        headers: {
          origin: "http://localhost:4010",
          "content-type": "application/x-www-form-urlencoded",
        },
        payload: new URLSearchParams({ code: codeFor(world.server, world.user.secret) }).toString(),
      });
      expect(coded.headers.location).toBe(appUrls.finance);
      const late = await answerWith(
        world.server,
        world.desktop,
        event,
        numberOn(finance.page) ?? 0,
      );
      expect(late.statusCode).toBe(409);
      expect((await waitOnPage(world.server, finance.browser)).statusCode).toBe(409);

      // A step-up left open past its 5 minutes is over too, page and desktop app alike.
      const payroll = await openLaunch(world, world.apps.payroll);
      world.server.clock.advance(5 * 60_000);
      expect(await inboxOf(world.server, world.desktop)).toEqual([]);
      expect((await postPageForm(world.server, payroll.browser, "continue")).statusCode).toBe(410);
    });

    it("refuses the page's forms posted from another site", async () => {
      const finance = await openLaunch(world, world.apps.finance);
      for (const form of ["continue", "resend", "use-code"] as const) {
        const forged = await postPageForm(
          world.server,
          finance.browser,
          form,
          "https://evil.example",
        );
        expect(forged.statusCode).toBe(403);
      }
      expect((await promptOnPage(world.server, finance.browser)).status).toBe("pending");
    });
  });
}
