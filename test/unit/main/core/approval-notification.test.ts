// The OS notification of access requests to decide (issue 20): who asks for which app, the step
// when the flow has several, one summary for several at once, in English, German and Arabic —
// and its click always leads to the portal's "To approve" list.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeApprovalNotification } from "../../../../main/core/approval-notification.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
import type { ApprovalNotice } from "../../../../server/schemas/approval-notices.ts";
import { supportedLocales } from "../../../../locales/locales.ts";

function notice(overrides: Partial<ApprovalNotice> = {}): ApprovalNotice {
  return {
    key: "5f0c6a4e-2b1d-4c3e-9f8a-7b6c5d4e3f2a.1",
    requestId: "5f0c6a4e-2b1d-4c3e-9f8a-7b6c5d4e3f2a",
    step: 1,
    steps: 1,
    requester: { displayName: "Jordan Lee" },
    appName: "Payroll",
    createdAt: "2026-11-30T09:00:00.000Z",
    ...overrides,
  };
}

const english = createDesktopText("en");

describe("the access request notification", () => {
  it("says who asks for which app, and leads to the To approve list", () => {
    expect(describeApprovalNotification([notice()], english)).toEqual({
      title: "Access request to approve",
      body: "Jordan Lee asks for Payroll. Open Gatehouse to decide.",
      target: { kind: "open-approvals" },
    });
  });

  it("names the step of a flow with several", () => {
    expect(describeApprovalNotification([notice({ step: 2, steps: 3 })], english)?.body).toBe(
      "Jordan Lee asks for Payroll (step 2 of 3). Open Gatehouse to decide.",
    );
  });

  it("sums up several arriving together, naming the newest (the first)", () => {
    const several = [notice({ requester: { displayName: "Sam Park" }, appName: "Wiki" }), notice()];
    expect(describeApprovalNotification(several, english)).toEqual({
      title: "2 access requests to approve",
      body: "The newest: Sam Park asks for Wiki. Open Gatehouse to decide.",
      target: { kind: "open-approvals" },
    });
    expect(describeApprovalNotification([], english)).toBeUndefined();
  });

  it("speaks German and Arabic", () => {
    const german = describeApprovalNotification([notice()], createDesktopText("de"));
    expect(german?.title).toBe("Zugriffsanfrage zu genehmigen");
    expect(german?.body).toBe(
      "Jordan Lee bittet um Payroll. Öffnen Sie Gatehouse, um zu entscheiden.",
    );
    const arabic = describeApprovalNotification(
      [notice(), notice(), notice()],
      createDesktopText("ar"),
    );
    expect(arabic?.title).toBe("3 طلبات وصول بانتظار الاعتماد");
    expect(arabic?.body).toContain("Jordan Lee");
  });

  it("fills every name and count in every language, and says nothing else about the request", () => {
    const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[{}'<>]/.test(s));
    fc.assert(
      fc.property(
        fc.constantFrom(...supportedLocales),
        name,
        name,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (locale, requester, app, count, steps) => {
          const fresh = Array.from({ length: count }, () =>
            notice({ requester: { displayName: requester }, appName: app, step: steps, steps }),
          );
          const shown = describeApprovalNotification(fresh, createDesktopText(locale));
          expect(shown?.target).toEqual({ kind: "open-approvals" });
          expect(shown?.body).toContain(requester);
          expect(shown?.body).toContain(app);
          expect(`${shown?.title ?? ""} ${shown?.body ?? ""}`).not.toMatch(/[{}]/);
        },
      ),
    );
  });
});
