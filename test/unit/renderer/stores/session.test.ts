// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getJson } from "../../../../renderer/lib/http.ts";
import {
  handledReverification,
  resetSessionStore,
  useSession,
} from "../../../../renderer/stores/session.ts";
import { answerApi, signedOut } from "../fake-api.ts";

const me = { email: "alex.morgan@example.com", displayName: "Alex Morgan" };

beforeEach(resetSessionStore);
afterEach(() => vi.unstubAllGlobals());

describe("the session store", () => {
  it("starts loading, and a reset brings it back there", async () => {
    expect(useSession.getState().status).toBe("loading");
    answerApi({ "GET /api/me": { status: 200, body: me } });
    await useSession.getState().loadSession();
    expect(useSession.getState()).toMatchObject({ status: "signed-in", me });
    resetSessionStore();
    expect(useSession.getState()).toMatchObject({ status: "loading", me: undefined });
  });

  it("is signed out, without a notice, when the portal opens with no session", async () => {
    answerApi({ "GET /api/me": signedOut });
    await useSession.getState().loadSession();
    expect(useSession.getState().status).toBe("signed-out");
    expect(useSession.getState()).not.toHaveProperty("notice", "signed-out-elsewhere");
  });

  it("goes back to sign-in once, saying why, when any request finds the session gone", async () => {
    answerApi({ "GET /api/me": { status: 200, body: me } });
    await useSession.getState().loadSession();
    answerApi({ "GET /api/me/ssh-keys": signedOut, "GET /api/me/sessions": signedOut });
    await Promise.allSettled([getJson("me/ssh-keys"), getJson("me/sessions")]);
    expect(useSession.getState()).toMatchObject({
      status: "signed-out",
      me: undefined,
      notice: "signed-out-elsewhere",
    });
  });

  it("says nothing of the kind when the user signs out themselves", async () => {
    answerApi({ "GET /api/me": { status: 200, body: me }, "POST /api/auth/logout": signedOut });
    await useSession.getState().loadSession();
    await useSession.getState().signOut();
    expect(useSession.getState().status).toBe("signed-out");
    expect(useSession.getState()).toHaveProperty("notice", undefined);
  });

  it("asks whose session it is when a reload finds it due for re-verification", async () => {
    const { requests } = answerApi({
      "GET /api/me": {
        status: 401,
        body: { code: "REVERIFICATION_REQUIRED", message: "Confirm it’s you." },
      },
      "GET /api/auth/session": { status: 200, body: { email: me.email, mfa: false } },
    });
    await useSession.getState().loadSession();
    expect(useSession.getState()).toMatchObject({ status: "reverify", email: me.email });
    expect(requests).toEqual(["GET /api/me", "GET /api/auth/session"]);
  });

  it("keeps the account it had when a page hits re-verification", async () => {
    answerApi({ "GET /api/me": { status: 200, body: me } });
    await useSession.getState().loadSession();
    answerApi({
      "GET /api/apps": {
        status: 401,
        body: { code: "REVERIFICATION_REQUIRED", message: "Confirm it’s you." },
      },
    });
    const failure = await getJson("apps").catch((error: unknown) => error);
    expect(handledReverification(failure)).toBe(true);
    expect(handledReverification(new Error("other"))).toBe(false);
    expect(useSession.getState()).toMatchObject({ status: "reverify", me, email: me.email });
  });

  it("shows a failure it cannot explain as an error with the server's message", async () => {
    answerApi({ "GET /api/me": { status: 503, body: { code: "UNAVAILABLE", message: "Down." } } });
    await useSession.getState().loadSession();
    expect(useSession.getState()).toMatchObject({ status: "error" });
    expect(useSession.getState().error?.message).toBe("Down.");
  });
});
