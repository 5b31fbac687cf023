// Cookie names and attributes (docs/design.md §5), resolved once from the site: HttpOnly,
// SameSite=Lax, Path=/, and on HTTPS the Secure flag with the __Host- prefix, which pins each
// cookie to our exact origin.
import type { CookieSerializeOptions } from "@fastify/cookie";
import type { Site } from "../config/site.ts";

export type CookiePolicy = {
  names: {
    /** The session token. */
    session: string;
    /** The sign-in flow between its steps. */
    loginFlow: string;
    /** A launch waiting for per-app MFA in the system browser. */
    stepUp: string;
    /** The proof an app's OIDC authorization request redeems once. */
    sso: string;
  };
  /** The attributes of a cookie that lives this many seconds. */
  options: (maxAgeSeconds: number) => CookieSerializeOptions;
};

export function cookiePolicy({ https }: Pick<Site, "https">): CookiePolicy {
  const prefix = https ? "__Host-" : "";
  return {
    names: {
      session: `${prefix}gh_session`,
      loginFlow: `${prefix}gh_flow`,
      stepUp: `${prefix}gh_step_up`,
      sso: `${prefix}gh_sso`,
    },
    options: (maxAgeSeconds) => ({
      httpOnly: true,
      secure: https,
      sameSite: "lax",
      path: "/",
      maxAge: maxAgeSeconds,
    }),
  };
}
