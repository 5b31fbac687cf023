// The desktop app's sign-in approvals: the requests waiting for this device, the one being
// answered, and what became of the last answer (approved, denied for a wrong number, reported).
import { create } from "zustand";
import { type ApiError, apiErrorOf } from "../../lib/http.ts";
import {
  approveWithNumber,
  fetchPushRequests,
  reportNotMe,
  type PushChoice,
  type PushRequestEvent,
} from "./api.ts";

export type ApprovalOutcome = "approved" | "wrong_number" | "reported";

type ApprovalState = {
  requests: PushRequestEvent[];
  /** The request answered last and how, until the user closes the dialog. */
  answered: { request: PushRequestEvent; outcome: ApprovalOutcome } | undefined;
  busy: boolean;
  error: ApiError | undefined;
  /** The device challenge the last long poll handed out, for the next one. */
  challenge: string | undefined;
};

type ApprovalActions = {
  /** Asks for the requests, waiting up to `waitSeconds`; false when the server could not say. */
  refresh: (waitSeconds: number) => Promise<boolean>;
  approve: (request: PushRequestEvent, choice: PushChoice) => Promise<void>;
  report: (request: PushRequestEvent) => Promise<void>;
  close: () => void;
  reset: () => void;
};

const initialState: ApprovalState = {
  requests: [],
  answered: undefined,
  busy: false,
  error: undefined,
  challenge: undefined,
};

export const usePushApprovals = create<ApprovalState & ApprovalActions>()((set, get) => ({
  ...initialState,
  async refresh(waitSeconds) {
    try {
      const known = get().requests.map((request) => request.id);
      const { requests, nextChallenge } = await fetchPushRequests(
        waitSeconds,
        known,
        get().challenge,
      );
      set({ requests, challenge: nextChallenge });
      return true;
    } catch {
      // The challenge may be spent or expired: the next poll asks for a fresh one.
      set({ challenge: undefined });
      return false;
    }
  },
  async approve(request, choice) {
    set({ busy: true, error: undefined });
    try {
      const answer = await approveWithNumber(request, choice);
      set((state) => ({
        busy: false,
        requests: state.requests.filter((waiting) => waiting.id !== request.id),
        answered: { request, outcome: answer.outcome === "approved" ? "approved" : "wrong_number" },
      }));
    } catch (error) {
      set({ busy: false, error: apiErrorOf(error) });
    }
  },
  async report(request) {
    set({ busy: true, error: undefined });
    try {
      await reportNotMe(request);
      set((state) => ({
        busy: false,
        requests: state.requests.filter((waiting) => waiting.id !== request.id),
        answered: { request, outcome: "reported" },
      }));
    } catch (error) {
      set({ busy: false, error: apiErrorOf(error) });
    }
  },
  close() {
    set({ answered: undefined, error: undefined });
  },
  reset() {
    set({ ...initialState });
  },
}));
