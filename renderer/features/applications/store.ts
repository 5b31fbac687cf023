// The Applications page's state: the assigned apps (loading, loaded, failed), the search text and
// the launch in progress. Search is client-side and instant; the list is loaded once per visit.
import { create } from "zustand";
import type { Problem } from "../../lib/error-messages.ts";
import { ApiError } from "../../lib/http.ts";
import { handledReverification } from "../../stores/session.ts";
import { fetchApps, type PortalApp } from "./api.ts";

type ApplicationsState = {
  status: "loading" | "loaded" | "failed";
  apps: PortalApp[];
  error: ApiError | undefined;
  query: string;
  launching: string | undefined;
  launchError: { appId: string; problem: Problem } | undefined;
};

type ApplicationsActions = {
  load(): Promise<void>;
  setQuery(query: string): void;
  setLaunching(appId: string | undefined): void;
  setLaunchError(error: ApplicationsState["launchError"]): void;
};

const initialState: ApplicationsState = {
  status: "loading",
  apps: [],
  error: undefined,
  query: "",
  launching: undefined,
  launchError: undefined,
};

export const useApplications = create<ApplicationsState & ApplicationsActions>()((set) => ({
  ...initialState,
  async load() {
    set({ status: "loading", error: undefined });
    try {
      set({ status: "loaded", apps: await fetchApps() });
    } catch (error) {
      if (!handledReverification(error)) {
        set({
          status: "failed",
          error:
            error instanceof ApiError
              ? error
              : new ApiError("UNEXPECTED", "Something unexpected happened.", 0),
        });
      }
    }
  },
  setQuery(query) {
    set({ query });
  },
  setLaunching(appId) {
    set({ launching: appId });
  },
  setLaunchError(launchError) {
    set({ launchError });
  },
}));

/** Apps whose name contains every word typed, in any order, ignoring case and accents. */
export function filterApps(apps: PortalApp[], query: string): PortalApp[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.length === 0
    ? apps
    : apps.filter((app) => words.every((word) => fold(app.name).includes(word)));
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export function resetApplicationsStore(): void {
  useApplications.setState(initialState);
}
