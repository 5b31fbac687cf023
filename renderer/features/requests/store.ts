// The Requests section's state: the requestable apps and the user's own requests (loaded
// together), and the requests waiting for this user's decision — whose count also decides
// whether the navigation shows "To approve" at all.
import { create } from "zustand";
import { apiErrorOf, type ApiError } from "../../lib/http.ts";
import { handledReverification } from "../../stores/session.ts";
import {
  fetchOwnRequests,
  fetchRequestableApps,
  fetchRequestsToApprove,
  type AccessRequestView,
  type ApprovalItem,
  type RequestableApp,
} from "./api.ts";

type Loaded<T> =
  { status: "loading" } | { status: "failed"; error: ApiError } | { status: "loaded"; value: T };

type RequestsState = {
  mine: Loaded<{ apps: RequestableApp[]; requests: AccessRequestView[] }>;
  toApprove: Loaded<ApprovalItem[]>;
  loadMine(): Promise<void>;
  loadToApprove(): Promise<void>;
};

async function settle<T>(load: () => Promise<T>, set: (loaded: Loaded<T>) => void): Promise<void> {
  try {
    set({ status: "loaded", value: await load() });
  } catch (error) {
    if (!handledReverification(error)) {
      set({ status: "failed", error: apiErrorOf(error) });
    }
  }
}

export const useRequests = create<RequestsState>()((set) => ({
  mine: { status: "loading" },
  toApprove: { status: "loading" },
  async loadMine() {
    await settle(
      async () => {
        const [apps, requests] = await Promise.all([fetchRequestableApps(), fetchOwnRequests()]);
        return { apps, requests };
      },
      (mine) => set({ mine }),
    );
  },
  async loadToApprove() {
    await settle(fetchRequestsToApprove, (toApprove) => set({ toApprove }));
  },
}));

/** Requestable apps whose name contains every word typed, ignoring case and accents. */
export function filterRequestableApps(apps: RequestableApp[], query: string): RequestableApp[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return apps.filter((app) => words.every((word) => fold(app.name).includes(word)));
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export function resetRequestsStore(): void {
  useRequests.setState({ mine: { status: "loading" }, toApprove: { status: "loading" } });
}
