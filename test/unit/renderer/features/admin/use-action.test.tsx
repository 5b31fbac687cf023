// @vitest-environment happy-dom
import type * as React from "react";
import { act, StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { IntlProvider } from "react-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAction, type Action } from "../../../../../renderer/features/admin/use-action.ts";
import { ApiError } from "../../../../../renderer/lib/http.ts";
import {
  resetRecentVerificationStore,
  settleRecentVerification,
  useRecentVerification,
  withRecentVerification,
} from "../../../../../renderer/stores/recent-verification.ts";
import { resetSessionStore, useSession } from "../../../../../renderer/stores/session.ts";

// Every state update the hook makes is counted, so an update after unmounting can be seen:
// React itself drops such an update without a word.
const updates = vi.hoisted(() => ({ count: 0 }));
vi.mock("react", async (original) => {
  const react = await original<typeof React>();
  return {
    ...react,
    useState: (initial: unknown) => {
      const [value, set] = react.useState(initial);
      const counted = react.useCallback(
        (next: unknown) => {
          updates.count += 1;
          set(next);
        },
        [set],
      );
      return [value, counted];
    },
  };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Mounts a component that uses the hook, in StrictMode as the portal does (renderer/main.tsx);
 * `now()` is what the hook returned on its latest render.
 */
function mountAction() {
  let latest: Action | undefined;
  function Probe(): ReactNode {
    latest = useAction();
    return null;
  }
  const root = createRoot(document.createElement("div"));
  act(() =>
    root.render(
      <StrictMode>
        <IntlProvider locale="en" defaultLocale="en">
          <Probe />
        </IntlProvider>
      </StrictMode>,
    ),
  );
  return {
    now: () => latest as Action,
    unmount: () => act(() => root.unmount()),
  };
}

/** A server call that answers when the test says so. */
function pendingCall() {
  let answer!: () => void;
  let refuse!: (error: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    answer = resolve;
    refuse = reject;
  });
  return { promise, answer, refuse };
}

/** Starts a run inside act, so its first state updates are drawn. */
function start(action: Action, work: () => Promise<void>, key?: string): Promise<void> {
  let running!: Promise<void>;
  act(() => {
    running = action.run(work, key);
  });
  return running;
}

beforeEach(() => {
  resetSessionStore();
  resetRecentVerificationStore();
  useSession.setState({ status: "signed-in" });
});
afterEach(() => resetRecentVerificationStore());

describe("a console action", () => {
  it("is busy while its call runs and idle again once it answered", async () => {
    const action = mountAction();
    expect(action.now().busy).toBe(false);
    const call = pendingCall();
    const running = start(action.now(), () => call.promise);
    expect(action.now()).toMatchObject({ busy: true, busyWith: "" });
    await act(async () => {
      call.answer();
      await running;
    });
    expect(action.now()).toMatchObject({ busy: false, busyWith: undefined, error: undefined });
  });

  it("says which of several buttons is busy", async () => {
    const action = mountAction();
    const call = pendingCall();
    const running = start(action.now(), () => call.promise, "user-7");
    expect(action.now().busyWith).toBe("user-7");
    await act(async () => {
      call.answer();
      await running;
    });
    expect(action.now().busyWith).toBeUndefined();
  });

  it("refuses a second call while one runs, so nothing is sent twice", async () => {
    const action = mountAction();
    const first = pendingCall();
    let calls = 0;
    const work = () => {
      calls += 1;
      return first.promise;
    };
    const running = start(action.now(), work, "a");
    // The same render's run (two clicks in one frame) and the next render's are both refused.
    const sameFrame = action.now().run(work, "b");
    await act(async () => sameFrame);
    const nextFrame = start(action.now(), work, "b");
    await act(async () => nextFrame);
    expect(calls).toBe(1);
    expect(action.now().busyWith).toBe("a");
    await act(async () => {
      first.answer();
      await running;
    });
    await act(async () => action.now().run(work));
    expect(calls).toBe(2);
  });

  it.each([
    [
      new ApiError("VALIDATION_FAILED", "Taken.", 409, { reason: "name_taken" }),
      "Another group has this name.",
    ],
    [new ApiError("VALIDATION_FAILED", "Bad.", 400), "Check what you entered and try again."],
    [
      new ApiError("NETWORK", "Offline.", 0),
      "Cannot reach the server. Check your connection and try again.",
    ],
    [new TypeError("a bug"), "Something unexpected happened. Try again."],
  ])("says what went wrong in words, from the error's code (%s)", async (thrown, words) => {
    const action = mountAction();
    await act(async () => action.now().run(() => Promise.reject(thrown)));
    expect(action.now()).toMatchObject({ busy: false, errorText: words });
    expect(action.now().error?.code).toBe(thrown instanceof ApiError ? thrown.code : "UNEXPECTED");
  });

  it("places an error under the field the server named, or beside the fields", async () => {
    const action = mountAction();
    const refused = new ApiError("VALIDATION_FAILED", "Empty.", 400, {
      field: "name",
      reason: "empty",
    });
    await act(async () => action.now().run(() => Promise.reject(refused)));
    const { errorAt, errorBesides } = action.now();
    expect(errorAt("name")).toBe("This field cannot be empty.");
    expect(errorAt("email")).toBeUndefined();
    expect(errorBesides(["name", "email"])).toBeUndefined();
    expect(errorBesides(["email"])).toBe("This field cannot be empty.");
  });

  it("forgets the last error when the next call starts, and when told to", async () => {
    const action = mountAction();
    await act(async () => action.now().run(() => Promise.reject(new ApiError("NETWORK", "", 0))));
    const call = pendingCall();
    const running = start(action.now(), () => call.promise);
    expect(action.now().error).toBeUndefined();
    await act(async () => {
      call.refuse(new ApiError("TIMEOUT", "", 0));
      await running;
    });
    expect(action.now().error?.code).toBe("TIMEOUT");
    act(() => action.now().setError(undefined));
    expect(action.now().errorText).toBeUndefined();
    act(() => action.now().setError(new ApiError("NETWORK", "", 0)));
    expect(action.now().error?.code).toBe("NETWORK");
  });

  it("hands a session that needs the password again to the session store, showing no error, and runs again afterwards", async () => {
    const action = mountAction();
    const reverify = new ApiError("REVERIFICATION_REQUIRED", "Sign in again.", 401);
    await act(async () => action.now().run(() => Promise.reject(reverify)));
    expect(useSession.getState().status).toBe("reverify");
    expect(action.now()).toMatchObject({ busy: false, error: undefined });
    useSession.setState({ status: "signed-in" }); // the admin confirmed it is them
    let ran = false;
    await act(async () =>
      action.now().run(() => {
        ran = true;
        return Promise.resolve();
      }),
    );
    expect(ran).toBe(true);
    expect(action.now().error).toBeUndefined();
  });

  it("stays busy while the recent-verification prompt is open, then runs the call again", async () => {
    const action = mountAction();
    let attempts = 0;
    const call = () => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new ApiError("RECENT_VERIFICATION_REQUIRED", "Confirm.", 403))
        : Promise.resolve();
    };
    const running = start(action.now(), () => withRecentVerification(call));
    await act(async () => {
      while (!useRecentVerification.getState().open) {
        await Promise.resolve();
      }
    });
    expect(action.now().busy).toBe(true);
    await act(async () => {
      settleRecentVerification(true);
      await running;
    });
    expect(attempts).toBe(2);
    expect(action.now()).toMatchObject({ busy: false, error: undefined });
  });

  it("says nothing was changed when the admin cancels the recent-verification prompt", async () => {
    const action = mountAction();
    const needs = new ApiError("RECENT_VERIFICATION_REQUIRED", "Confirm.", 403);
    const running = start(action.now(), () => withRecentVerification(() => Promise.reject(needs)));
    await act(async () => {
      while (!useRecentVerification.getState().open) {
        await Promise.resolve();
      }
      settleRecentVerification(false);
      await running;
    });
    expect(action.now()).toMatchObject({ busy: false, errorText: "Nothing was changed." });
  });

  it.each([
    ["answers", (call: ReturnType<typeof pendingCall>) => call.answer()],
    [
      "fails",
      (call: ReturnType<typeof pendingCall>) => call.refuse(new ApiError("NETWORK", "", 0)),
    ],
    [
      "asks for the password again",
      (call: ReturnType<typeof pendingCall>) =>
        call.refuse(new ApiError("REVERIFICATION_REQUIRED", "", 401)),
    ],
  ])("updates nothing once its component is gone when the call %s", async (_, settle) => {
    const action = mountAction();
    const call = pendingCall();
    const running = start(action.now(), () => call.promise);
    action.unmount();
    updates.count = 0;
    settle(call);
    await running;
    expect(updates.count).toBe(0);
  });
});
