import { describe, expect, it } from "vitest";
import { cookiePolicy } from "../../../../server/auth/cookies.ts";

describe("the cookie policy of a site", () => {
  it("pins every cookie to the exact origin on HTTPS: __Host- prefix, Secure", () => {
    const { names, options } = cookiePolicy({ https: true });
    expect(Object.values(names).every((name) => name.startsWith("__Host-gh_"))).toBe(true);
    expect(options(60)).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
      maxAge: 60,
    });
  });

  it("keeps the same cookies, without the prefix or Secure, on http://localhost", () => {
    const { names, options } = cookiePolicy({ https: false });
    expect(names).toEqual({
      session: "gh_session",
      loginFlow: "gh_flow",
      stepUp: "gh_step_up",
      sso: "gh_sso",
    });
    expect(options(600)).toMatchObject({ httpOnly: true, secure: false, maxAge: 600 });
  });
});
