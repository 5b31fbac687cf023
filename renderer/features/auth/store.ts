// The sign-in screen's state: which portal and step (email, password, second factor) is showing,
// what was typed, the last error.
import { create } from "zustand";
import { type ApiError, apiErrorOf } from "../../lib/http.ts";
import { identify, submitPassword, submitSecondFactor, type Portal } from "./api.ts";

type Step = "email" | "password" | "mfa";

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
  /** The second step for a user with MFA; true once the session exists. */
  submitCode: (code: string) => Promise<boolean>;
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
      set({ busy: false, error: apiErrorOf(error) });
    }
  },
  async logIn(password) {
    set({ busy: true, error: undefined });
    try {
      const { next } = await submitPassword(password);
      if (next === "mfa") {
        set({ step: "mfa", busy: false });
        return false;
      }
      set({ ...initialState });
      return true;
    } catch (error) {
      const apiError = apiErrorOf(error);
      // An expired flow cannot continue: go back to the email step, keeping what was typed.
      const step = apiError.code === "LOGIN_FLOW_EXPIRED" ? "email" : get().step;
      set({ busy: false, error: apiError, step });
      return false;
    }
  },
  async submitCode(code) {
    set({ busy: true, error: undefined });
    try {
      await submitSecondFactor(code);
      set({ ...initialState });
      return true;
    } catch (error) {
      const apiError = apiErrorOf(error);
      // The attempt is over (expired, too many codes, locked): start again at the email step.
      const over = ["LOGIN_FLOW_EXPIRED", "MFA_TOO_MANY_ATTEMPTS", "AUTH_LOCKED"].includes(
        apiError.code,
      );
      set({ busy: false, error: apiError, step: over ? "email" : "mfa" });
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
