// The sign-in screen's state: which portal and step are showing, what was typed, the last error.
import { create } from "zustand";
import type { ApiError } from "../../lib/http.ts";
import { identify, submitPassword, type Portal } from "./api.ts";

type Step = "email" | "password";

type LoginState = {
  portal: Portal;
  step: Step;
  email: string;
  busy: boolean;
  error: ApiError | undefined;
};

type LoginActions = {
  choosePortal: (portal: Portal) => void;
  continueWithEmail: (email: string) => Promise<void>;
  logIn: (password: string) => Promise<boolean>;
  changeEmail: () => void;
  reset: () => void;
};

const initialState: LoginState = {
  portal: "user",
  step: "email",
  email: "",
  busy: false,
  error: undefined,
};

export const useLogin = create<LoginState & LoginActions>()((set, get) => ({
  ...initialState,
  choosePortal(portal) {
    // The flow on the server remembers the portal, so switching starts over at the email step.
    set({ portal, step: "email", error: undefined });
  },
  async continueWithEmail(email) {
    set({ busy: true, error: undefined, email });
    try {
      await identify(email.trim(), get().portal);
      set({ step: "password", busy: false });
    } catch (error) {
      set({ busy: false, error: error as ApiError });
    }
  },
  async logIn(password) {
    set({ busy: true, error: undefined });
    try {
      await submitPassword(password);
      set({ ...initialState });
      return true;
    } catch (error) {
      const apiError = error as ApiError;
      // An expired flow cannot continue: go back to the email step, keeping what was typed.
      const step = apiError.code === "LOGIN_FLOW_EXPIRED" ? "email" : get().step;
      set({ busy: false, error: apiError, step });
      return false;
    }
  },
  changeEmail() {
    set({ step: "email", error: undefined });
  },
  reset() {
    set({ ...initialState });
  },
}));
