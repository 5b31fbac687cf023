// Who is signed in. Loaded once at start and after sign-in; cleared at sign-out. Shared by the
// shell and the pages, so it lives outside any one feature. A session past its re-verification
// time keeps the user it had, so the prompt can say who is asked to confirm. A session that
// ends on the server (signed out elsewhere) takes the user back to sign-in once, saying why.
import { create } from "zustand";
import { ApiError, apiErrorOf, getJson, onSessionEnded, postNoContent } from "../lib/http.ts";
import type { Me } from "../lib/types.ts";

type SessionState =
  | { status: "loading"; me: undefined; error: undefined }
  | { status: "signed-out"; me: undefined; error: undefined; notice?: SignOutNotice | undefined }
  | { status: "signed-in"; me: Me; error: undefined }
  | { status: "reverify"; me: Me | undefined; email: string | undefined; error: undefined }
  | { status: "error"; me: undefined; error: ApiError };

type SessionActions = {
  loadSession: () => Promise<void>;
  signOut: () => Promise<void>;
  /** The session ended on the server: back to sign-in, with a word on why. */
  endSession: (notice: SignOutNotice) => void;
  /** Pages call this when any request answers REVERIFICATION_REQUIRED. */
  requireReverification: () => void;
  /** A page that got a fresh account (e.g. after a profile edit) shares it. */
  updateMe: (me: Me) => void;
};

/** Why the sign-in page shows again: the sign-in page says it in the user's language. */
export type SignOutNotice = "signed-out-elsewhere" | "locked-after-report";

const initialState: SessionState = { status: "loading", me: undefined, error: undefined };

export const useSession = create<SessionState & SessionActions>()((set, get) => ({
  ...initialState,
  async loadSession() {
    try {
      const me = await getJson<Me>("me");
      set({ status: "signed-in", me, error: undefined });
    } catch (error) {
      if (error instanceof ApiError && error.code === "AUTH_REQUIRED") {
        if (get().status !== "signed-out") {
          set({ status: "signed-out", me: undefined, error: undefined });
        }
      } else if (error instanceof ApiError && error.code === "REVERIFICATION_REQUIRED") {
        get().requireReverification();
        if (get().me === undefined) {
          // After a reload there is no account yet; ask whose session this is for the prompt.
          try {
            const identity = await getJson<{ email: string }>("auth/session");
            set({ status: "reverify", me: undefined, email: identity.email, error: undefined });
          } catch {
            // The prompt works without the address.
          }
        }
      } else {
        set({ status: "error", me: undefined, error: apiErrorOf(error) });
      }
    }
  },
  async signOut() {
    try {
      await postNoContent("auth/logout");
    } catch {
      // Already gone on the server (or unreachable): this browser signs out all the same.
    }
    set({ status: "signed-out", me: undefined, error: undefined, notice: undefined });
  },
  endSession(notice) {
    set({ status: "signed-out", me: undefined, error: undefined, notice });
  },
  requireReverification() {
    const { me } = get();
    set({ status: "reverify", me, email: me?.email, error: undefined });
  },
  updateMe(me) {
    set({ status: "signed-in", me, error: undefined });
  },
}));

// Any request that finds the session gone while the portal shows one ends it here, once.
onSessionEnded(() => {
  const { status } = useSession.getState();
  if (status === "signed-in" || status === "reverify") {
    useSession.getState().endSession("signed-out-elsewhere");
  }
});

/** True when the error means "ask for the password again"; the session store is told so. */
export function handledReverification(error: unknown): boolean {
  if (error instanceof ApiError && error.code === "REVERIFICATION_REQUIRED") {
    useSession.getState().requireReverification();
    return true;
  }
  return false;
}

export function resetSessionStore(): void {
  useSession.setState(useSession.getInitialState(), true);
}
