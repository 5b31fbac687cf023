// The console's approval-flow form checks (renderer/features/admin/flow-draft.ts): a saved flow
// round-trips through the form unchanged, and each kind of bad input is named by its field
// before anything is sent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bodyOfDraft,
  draftOfFlow,
  newFlowDraft,
  parseDays,
  type FlowDraft,
} from "../../../../../renderer/features/admin/flow-draft.ts";
import type { RequestFlowView } from "../../../../../renderer/features/admin/request-flow-api.ts";

const users: Record<string, string> = { "u-jo": "jo@example.com", "u-kim": "kim@example.com" };
const idOf = (email: string) =>
  Promise.resolve(Object.entries(users).find(([, known]) => known === email.toLowerCase())?.[0]);

const flow: RequestFlowView = {
  appId: "wiki",
  targetGroupId: "readers",
  requestersGroupId: "staff",
  steps: [
    { approver: "manager" },
    { approver: "users", userIds: ["u-jo", "u-kim"] },
    { approver: "group", groupId: "leads" },
    { approver: "admins" },
  ],
  durationsDays: [7, 30],
  maxDurationDays: null,
  expireAfterDays: 14,
};

const filled: FlowDraft = { ...newFlowDraft, appId: "wiki", targetGroupId: "readers" };

describe("the approval-flow form", () => {
  it("gives back a saved flow unchanged after a round trip through the form", async () => {
    const draft = draftOfFlow(flow, (id) => users[id] ?? id);
    expect(draft.steps[1]?.emails).toBe("jo@example.com, kim@example.com");
    const { appId, ...body } = flow;
    expect(await bodyOfDraft(draft, idOf)).toEqual({ ok: true, body });
    expect(appId).toBe(draft.appId);
  });

  it("sends a maximum, or no end, only when that is the choice", async () => {
    const max = await bodyOfDraft(
      { ...filled, durationMode: "max", maxDaysText: "90", durationsText: "7" },
      idOf,
    );
    expect(max.ok && [max.body.durationsDays, max.body.maxDurationDays]).toEqual([[], 90]);
    const none = await bodyOfDraft({ ...filled, maxDaysText: "90", durationsText: "7" }, idOf);
    expect(none.ok && [none.body.durationsDays, none.body.maxDurationDays]).toEqual([[], null]);
  });

  it("names the field of each problem", async () => {
    const field = async (draft: FlowDraft) => {
      const outcome = await bodyOfDraft(draft, idOf);
      return outcome.ok ? "none" : outcome.problem.field;
    };
    expect(await field(newFlowDraft)).toBe("appId");
    expect(await field({ ...newFlowDraft, appId: "wiki" })).toBe("targetGroupId");
    expect(
      await field({ ...filled, steps: [{ approver: "group", groupId: "", emails: "" }] }),
    ).toBe("step-0");
    expect(
      await field({
        ...filled,
        steps: [
          { approver: "admins", groupId: "", emails: "" },
          { approver: "users", groupId: "", emails: "jo@example.com, nobody@example.com" },
        ],
      }),
    ).toBe("step-1");
    expect(
      await field({ ...filled, steps: [{ approver: "users", groupId: "", emails: " , " }] }),
    ).toBe("step-0");
    expect(await field({ ...filled, durationMode: "list", durationsText: "7, a month" })).toBe(
      "durations",
    );
    expect(await field({ ...filled, durationMode: "list", durationsText: "" })).toBe("durations");
    expect(await field({ ...filled, durationMode: "max", maxDaysText: "0" })).toBe("maxDays");
    expect(await field({ ...filled, expireDaysText: "366" })).toBe("expireDays");
    expect(await field(filled)).toBe("none");
  });

  it("takes exactly the whole numbers of days from 1 to 365", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const days = parseDays(text);
        const expected = /^\s*\d{1,3}\s*$/.test(text) ? Number(text.trim()) : undefined;
        expect(days).toBe(
          expected !== undefined && expected >= 1 && expected <= 365 ? expected : undefined,
        );
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (n) => {
        expect(parseDays(String(n))).toBe(n >= 1 && n <= 365 ? n : undefined);
      }),
    );
  });
});
