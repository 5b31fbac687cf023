// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "../../../../renderer/lib/http.ts";
import {
  requestRecentVerification,
  resetRecentVerificationStore,
  settleRecentVerification,
  useRecentVerification,
  withRecentVerification,
} from "../../../../renderer/stores/recent-verification.ts";

const needsVerification = new ApiError("RECENT_VERIFICATION_REQUIRED", "Confirm it’s you.", 403);

beforeEach(resetRecentVerificationStore);

/** An action that wants a recent verification the first `times` times it runs. */
function action(times: number) {
  let runs = 0;
  return {
    run: () => {
      runs += 1;
      return runs <= times ? Promise.reject(needsVerification) : Promise.resolve(`done ${runs}`);
    },
    runs: () => runs,
  };
}

async function whenPromptOpens() {
  while (!useRecentVerification.getState().open) {
    await Promise.resolve();
  }
}

describe("the recent-verification prompt", () => {
  it("runs an action that needs nothing without asking", async () => {
    expect(await withRecentVerification(action(0).run)).toBe("done 1");
    expect(useRecentVerification.getState().open).toBe(false);
  });

  it("asks, then runs the action once more after the user verified", async () => {
    const change = action(1);
    const result = withRecentVerification(change.run);
    await whenPromptOpens();
    settleRecentVerification(true);
    expect(await result).toBe("done 2");
    expect(useRecentVerification.getState().open).toBe(false);
  });

  it("changes nothing when the user cancels", async () => {
    const change = action(1);
    const result = withRecentVerification(change.run);
    await whenPromptOpens();
    settleRecentVerification(false);
    await expect(result).rejects.toMatchObject({ code: "VERIFICATION_CANCELLED" });
    expect(change.runs()).toBe(1);
  });

  it("passes other failures through untouched", async () => {
    const refused = new ApiError("SSH_KEY_INVALID", "Not a public key.", 400);
    await expect(withRecentVerification(() => Promise.reject(refused))).rejects.toBe(refused);
    expect(useRecentVerification.getState().open).toBe(false);
  });

  it("a second request cancels the first one still waiting", async () => {
    const first = requestRecentVerification();
    const second = requestRecentVerification();
    expect(await first).toBe(false);
    settleRecentVerification(true);
    expect(await second).toBe(true);
  });

  it("a reset closes the prompt", () => {
    void requestRecentVerification();
    resetRecentVerificationStore();
    expect(useRecentVerification.getState()).toMatchObject({ open: false, settle: undefined });
  });
});
