// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useLogin } from "../../../../renderer/features/auth/store.ts";
import { answerApi } from "../fake-api.ts";

beforeEach(() => useLogin.getState().reset());
afterEach(() => vi.unstubAllGlobals());

const next = (step: string) => ({ status: 200, body: { next: step } });

describe("the sign-in steps", () => {
  it("goes email → password → code, and starts over once signed in", async () => {
    const { requests } = answerApi({
      "POST /api/auth/identify": next("password"),
      "POST /api/auth/password": next("mfa"),
      "POST /api/auth/mfa": next("done"),
    });
    await useLogin.getState().continueWithEmail(" alex@example.com ");
    expect(useLogin.getState()).toMatchObject({ step: "password", busy: false });
    expect(await useLogin.getState().logIn("a password")).toBe(false);
    expect(useLogin.getState().step).toBe("mfa");
    expect(await useLogin.getState().submitCode("123456")).toBe(true);
    expect(useLogin.getState()).toMatchObject({ step: "email", email: "", error: undefined });
    expect(requests).toEqual([
      "POST /api/auth/identify",
      "POST /api/auth/password",
      "POST /api/auth/mfa",
    ]);
  });

  it("goes back to the email, keeping it, when the attempt expired", async () => {
    answerApi({
      "POST /api/auth/identify": next("password"),
      "POST /api/auth/password": {
        status: 401,
        body: { code: "LOGIN_FLOW_EXPIRED", message: "Start again." },
      },
    });
    await useLogin.getState().continueWithEmail("alex@example.com");
    expect(await useLogin.getState().logIn("a password")).toBe(false);
    expect(useLogin.getState()).toMatchObject({ step: "email", email: "alex@example.com" });
    expect(useLogin.getState().error?.code).toBe("LOGIN_FLOW_EXPIRED");
  });

  it("ends the attempt after a lock during the code step", async () => {
    answerApi({
      "POST /api/auth/mfa": { status: 423, body: { code: "AUTH_LOCKED", message: "Locked." } },
    });
    useLogin.setState({ step: "mfa" });
    expect(await useLogin.getState().submitCode("123456")).toBe(false);
    expect(useLogin.getState().step).toBe("email");
  });

  it("switching portals starts over at the email step", () => {
    useLogin.setState({ step: "password", email: "alex@example.com" });
    useLogin.getState().choosePortal("admin");
    expect(useLogin.getState()).toMatchObject({ portal: "admin", step: "email" });
  });
});
