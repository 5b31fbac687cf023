// @vitest-environment happy-dom
// The Requests section's store: the requestable apps and own requests load together, the
// approver's list on its own, a failure keeps its reason, and search matches every word.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RequestableApp } from "../../../../renderer/features/requests/api.ts";
import {
  filterRequestableApps,
  resetRequestsStore,
  useRequests,
} from "../../../../renderer/features/requests/store.ts";
import { resetSessionStore, useSession } from "../../../../renderer/stores/session.ts";
import { answerApi } from "../fake-api.ts";

const app = (name: string): RequestableApp => ({
  id: name.toLowerCase().replaceAll(" ", "-"),
  name,
  notes: null,
  durationsDays: [],
  maxDurationDays: null,
  approvers: ["manager"],
  pendingRequestId: null,
});
const apps = [app("Design Wiki"), app("Café Ordering"), app("Payroll Reports")];

beforeEach(() => {
  resetRequestsStore();
  resetSessionStore();
});
afterEach(() => vi.unstubAllGlobals());

describe("the requests store", () => {
  it("loads the requestable apps and the user's requests together", async () => {
    const { requests } = answerApi({
      "GET /api/requests/apps": { status: 200, body: { apps } },
      "GET /api/requests/mine": { status: 200, body: { requests: [] } },
    });
    await useRequests.getState().loadMine();
    expect(useRequests.getState().mine).toEqual({
      status: "loaded",
      value: { apps, requests: [] },
    });
    expect(requests.sort()).toEqual(["GET /api/requests/apps", "GET /api/requests/mine"]);
    expect(useRequests.getState().toApprove).toEqual({ status: "loading" });
  });

  it("keeps the reason when either list fails", async () => {
    answerApi({
      "GET /api/requests/apps": { status: 200, body: { apps } },
      "GET /api/requests/mine": { status: 500, body: { code: "INTERNAL", message: "Oops." } },
    });
    await useRequests.getState().loadMine();
    const mine = useRequests.getState().mine;
    expect(mine.status === "failed" && mine.error.message).toBe("Oops.");
  });

  it("hands a due re-verification to the session instead of failing the approver's list", async () => {
    answerApi({
      "GET /api/requests/to-approve": {
        status: 401,
        body: { code: "REVERIFICATION_REQUIRED", message: "…" },
      },
    });
    await useRequests.getState().loadToApprove();
    expect(useRequests.getState().toApprove).toEqual({ status: "loading" });
    expect(useSession.getState().status).toBe("reverify");
  });
});

describe("search among requestable apps", () => {
  it("matches every word, in any order, ignoring case and accents", () => {
    expect(filterRequestableApps(apps, "")).toHaveLength(3);
    expect(filterRequestableApps(apps, "cafe").map((a) => a.name)).toEqual(["Café Ordering"]);
    expect(filterRequestableApps(apps, "REPORTS pay").map((a) => a.name)).toEqual([
      "Payroll Reports",
    ]);
    expect(filterRequestableApps(apps, "wiki payroll")).toEqual([]);
  });
});
