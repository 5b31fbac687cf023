// Who is signed in. Loaded once at start and after sign-in; cleared at sign-out. Shared by the
// shell and the pages, so it lives outside any one feature.
import { create } from "zustand";
import { ApiError, getJson, postNoContent } from "../lib/http.ts";
import type { Me } from "../lib/types.ts";

type SessionState =
  | { status: "loading"; me: undefined; error: undefined }
  | { status: "signed-out"; me: undefined; error: undefined }
  | { status: "signed-in"; me: Me; error: undefined }
  | { status: "error"; me: undefined; error: ApiError };

type SessionActions = {
  loadSession: () => Promise<void>;
  signOut: () => Promise<void>;
};

const initialState: SessionState = { status: "loading", me: undefined, error: undefined };

export const useSession = create<SessionState & SessionActions>()((set) => ({
  ...initialState,
  async loadSession() {
    try {
      const me = await getJson<Me>("me");
      set({ status: "signed-in", me, error: undefined });
    } catch (error) {
      if (error instanceof ApiError && error.code === "AUTH_REQUIRED") {
        set({ status: "signed-out", me: undefined, error: undefined });
      } else {
        set({ status: "error", me: undefined, error: error as ApiError });
      }
    }
  },
  async signOut() {
    try {
      await postNoContent("auth/logout");
    } finally {
      set({ status: "signed-out", me: undefined, error: undefined });
    }
  },
}));

export function resetSessionStore(): void {
  useSession.setState(initialState);
}
