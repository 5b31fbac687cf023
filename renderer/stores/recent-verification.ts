// "Sudo mode" (docs/design.md §5): when an action answers RECENT_VERIFICATION_REQUIRED, the prompt
// (rendered once by App) asks for the password and the second factor, then the action runs
// again — the user stays where they were. Shared by features, so it lives outside any one.
import { create } from "zustand";
import { ApiError } from "../lib/http.ts";

type RecentVerificationState = {
  open: boolean;
  settle: ((verified: boolean) => void) | undefined;
};

const initialState: RecentVerificationState = { open: false, settle: undefined };

export const useRecentVerification = create<RecentVerificationState>()(() => initialState);

/** Opens the prompt; resolves true once the user verified, false if they cancelled. */
export function requestRecentVerification(): Promise<boolean> {
  useRecentVerification.getState().settle?.(false);
  return new Promise((resolve) => {
    useRecentVerification.setState({ open: true, settle: resolve });
  });
}

/** Called by the prompt when it closes. */
export function settleRecentVerification(verified: boolean): void {
  const { settle } = useRecentVerification.getState();
  useRecentVerification.setState(initialState);
  settle?.(verified);
}

/** Runs the action; if it needs a recent verification, asks for one and runs it once more. */
export async function withRecentVerification<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "RECENT_VERIFICATION_REQUIRED") {
      throw error;
    }
    if (!(await requestRecentVerification())) {
      throw new ApiError("VERIFICATION_CANCELLED", "Nothing was changed.", 0);
    }
    return action();
  }
}

export function resetRecentVerificationStore(): void {
  useRecentVerification.setState(initialState);
}
