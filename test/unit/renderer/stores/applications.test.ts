// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  colorOf,
  tileColors,
} from "../../../../renderer/features/applications/components/AppTile.tsx";
import {
  filterApps,
  resetApplicationsStore,
  useApplications,
} from "../../../../renderer/features/applications/store.ts";
import type { PortalApp } from "../../../../renderer/features/applications/api.ts";
import { resetSessionStore, useSession } from "../../../../renderer/stores/session.ts";
import { answerApi } from "../fake-api.ts";

const app = (name: string): PortalApp => ({
  id: name.toLowerCase().replaceAll(" ", "-"),
  name,
  kind: "bookmark",
  iconUrl: null,
  notes: null,
  requiresMfa: false,
});
const apps = [app("Expense Tracker"), app("Café Menu"), app("Wiki")];

beforeEach(() => {
  resetApplicationsStore();
  resetSessionStore();
});
afterEach(() => vi.unstubAllGlobals());

describe("the applications store", () => {
  it("loads the assigned apps, and a reset empties it again", async () => {
    answerApi({ "GET /api/apps": { status: 200, body: { apps } } });
    await useApplications.getState().load();
    expect(useApplications.getState()).toMatchObject({ status: "loaded", apps });
    useApplications.getState().setQuery("wiki");
    resetApplicationsStore();
    expect(useApplications.getState()).toMatchObject({ status: "loading", apps: [], query: "" });
  });

  it("keeps the reason when loading fails", async () => {
    answerApi({ "GET /api/apps": { status: 500, body: { code: "INTERNAL", message: "Oops." } } });
    await useApplications.getState().load();
    expect(useApplications.getState().status).toBe("failed");
    expect(useApplications.getState().error?.message).toBe("Oops.");
  });

  it("hands a due re-verification to the session instead of failing", async () => {
    answerApi({
      "GET /api/apps": { status: 401, body: { code: "REVERIFICATION_REQUIRED", message: "…" } },
    });
    await useApplications.getState().load();
    expect(useApplications.getState().status).toBe("loading");
    expect(useSession.getState().status).toBe("reverify");
  });
});

describe("search", () => {
  it("matches every word, in any order, ignoring case and accents", () => {
    expect(filterApps(apps, "").map((a) => a.name)).toHaveLength(3);
    expect(filterApps(apps, "cafe").map((a) => a.name)).toEqual(["Café Menu"]);
    expect(filterApps(apps, "TRACKER exp").map((a) => a.name)).toEqual(["Expense Tracker"]);
    expect(filterApps(apps, "  ")).toHaveLength(3);
    expect(filterApps(apps, "wiki menu")).toEqual([]);
  });
});

describe("tile colours", () => {
  it("differ for every tile up to the number of colours", () => {
    const colours = Array.from({ length: tileColors.length }, (_, index) => colorOf(index));
    expect(new Set(colours).size).toBe(tileColors.length);
    expect(colorOf(tileColors.length)).toBe(colorOf(0));
  });
});
