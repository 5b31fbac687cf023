// The sign-in screen's state: which portal and step (email, password, second factor: a code or
// the desktop app's approval) is showing, what was typed, the approval's prompt, the last error.
import { create } from "zustand";
import { type ApiError, apiErrorOf } from "../../lib/http.ts";
import {
  identify,
  resendPush,
  submitPassword,
  submitSecondFactor,
  switchToCode,
  waitForPushAnswer,
  type Portal,
  type PushPrompt,
} from "./api.ts";

type Step = "email" | "password" | "mfa" | "push";

/** How long one wait for the desktop app's answer lasts (the HTTP client gives up at 15 s). */
const pushWaitSeconds = 10;

/** Errors after which this sign-in cannot continue: back to the email step. */
const attemptOver = ["LOGIN_FLOW_EXPIRED", "MFA_TOO_MANY_ATTEMPTS", "AUTH_LOCKED"];

type LoginState = {
  portal: Portal;
  step: Step;
  email: string;
  busy: boolean;
  error: ApiError | undefined;
  /** What the browser shows while the desktop app is asked (step "push"). */
  push: PushPrompt | undefined;
};

type LoginActions = {
  choosePortal: (portal: Portal) => void;
  continueWithEmail: (email: string) => Promise<void>;
  logIn: (password: string) => Promise<boolean>;
  /** The second step for a user with MFA; true once the session exists. */
  submitCode: (code: string) => Promise<boolean>;
  /** Waits once for the desktop app's answer; true once the session exists. */
  waitForApproval: () => Promise<boolean>;
  sendAnotherRequest: () => Promise<void>;
  chooseCode: () => Promise<void>;
  changeEmail: () => void;
  reset: () => void;
};

const initialState: LoginState = {
  portal: "user",
  step: "email",
  email: "",
  busy: false,
  error: undefined,
  push: undefined,
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
      if (next === "push") {
        const { prompt } = await waitForPushAnswer(0);
        set({ step: "push", busy: false, push: prompt });
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
      const over = attemptOver.includes(apiError.code);
      set({ busy: false, error: apiError, step: over ? "email" : "mfa" });
      return false;
    }
  },
  async waitForApproval() {
    try {
      const answer = await waitForPushAnswer(pushWaitSeconds);
      if (answer.next !== undefined) {
        set({ ...initialState });
        return true;
      }
      set({ push: answer.prompt, error: undefined });
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (attemptOver.includes(apiError.code)) {
        set({ error: apiError, step: "email", push: undefined });
      } else {
        set({ error: apiError });
      }
    }
    return false;
  },
  async sendAnotherRequest() {
    set({ busy: true, error: undefined });
    try {
      const { prompt } = await resendPush();
      set({ busy: false, push: prompt });
    } catch (error) {
      set({ busy: false, error: apiErrorOf(error) });
    }
  },
  async chooseCode() {
    set({ busy: true, error: undefined });
    try {
      await switchToCode();
      set({ busy: false, step: "mfa", push: undefined });
    } catch (error) {
      const apiError = apiErrorOf(error);
      set({
        busy: false,
        error: apiError,
        ...(attemptOver.includes(apiError.code) ? { step: "email" as const } : {}),
      });
    }
  },
  changeEmail() {
    set({ step: "email", error: undefined });
  },
  reset() {
    set({ ...initialState });
  },
}));
