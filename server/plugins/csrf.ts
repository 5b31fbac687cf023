// CSRF defence (docs/design.md §5), decided by the route the router matched, never by the URL text:
// the router decodes `/%61pi/…` to `/api/…`, so a prefix test on the raw URL can be walked around.
// Default-deny: every state-changing request must come from our own origin with a JSON body,
// unless its route declares a looser rule (see CsrfRule). SameSite=Lax alone does not cover
// same-site attackers or old browsers.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Site } from "../config/site.ts";
import { AppError } from "../errors.ts";
import { carriesApiToken } from "./api-token-access.ts";

/**
 * - "same-origin-json" (the default, never written out): our Origin and a JSON body.
 * - "same-origin": our Origin, any body — HTML forms of our own pages (per-app MFA step-up).
 * - "cross-site": no check — only protocol endpoints that other sites must be able to post to by
 *   their standard (the OpenID Provider's back channel and form posts, a SAML ACS).
 */
export type CsrfRule = "same-origin-json" | "same-origin" | "cross-site";

declare module "fastify" {
  interface FastifyContextConfig {
    csrf?: CsrfRule;
  }
}

export const safeMethods: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether the request is exempt because it proves itself with an API token, not a cookie: only on
 * routes that accept tokens, where authentication then ignores any cookie (api-token-access.ts).
 */
function judgedByApiToken(request: FastifyRequest): boolean {
  return request.routeOptions.config.apiScope !== undefined && carriesApiToken(request);
}

/** The rule of the route this request matched; unmatched requests get the default too. */
export function csrfRuleOf(request: FastifyRequest): CsrfRule {
  return request.routeOptions.config.csrf ?? "same-origin-json";
}

export function registerCsrfProtection(app: FastifyInstance, site: Site): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const rule = csrfRuleOf(request);
    if (safeMethods.has(request.method) || rule === "cross-site" || judgedByApiToken(request)) {
      done();
      return;
    }
    if (request.headers.origin !== site.origin) {
      done(
        new AppError(
          "CSRF_ORIGIN_MISMATCH",
          "This request did not come from the portal. Reload the page and try again.",
        ),
      );
      return;
    }
    const contentType = request.headers["content-type"] ?? "";
    if (rule === "same-origin-json" && !/^application\/json\s*(;|$)/i.test(contentType)) {
      done(new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json."));
      return;
    }
    done();
  });
}
