// Cookie names and attributes (docs/design.md §5): HttpOnly, SameSite=Lax, Path=/, and on HTTPS the
// Secure flag with the __Host- prefix, which pins the cookie to our exact origin.
import type { CookieSerializeOptions } from "@fastify/cookie";

export type CookieNames = { session: string; loginFlow: string };

export function cookieNames(https: boolean): CookieNames {
  const prefix = https ? "__Host-" : "";
  return { session: `${prefix}gh_session`, loginFlow: `${prefix}gh_flow` };
}

export function cookieOptions(https: boolean, maxAgeSeconds: number): CookieSerializeOptions {
  return { httpOnly: true, secure: https, sameSite: "lax", path: "/", maxAge: maxAgeSeconds };
}
