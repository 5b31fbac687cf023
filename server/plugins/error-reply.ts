// Sends an error the way the caller can read it: our coded JSON to the API, the SCIM error format
// (RFC 7644 §3.12) under /scim, our HTML page (with its own strict CSP and "Return to portal")
// to a browser on any other path. Never echoes the request's path or input, and is never cached.
import type { FastifyReply, FastifyRequest } from "fastify";
import { sourceLocale } from "../../locales/locales.ts";
import type { Site } from "../config/site.ts";
import { browserLocale } from "../lib/accept-language.ts";
import type { Random } from "../lib/clock.ts";
import { createServerText } from "../lib/server-text.ts";
import type { ErrorBody } from "../schemas/errors.ts";
import { scimContentType, scimErrorBody, scimTypeOfCode } from "../scim/scim-error.ts";
import { failurePage } from "../sso/launch-pages.ts";
import { isApiPath, isScimPath } from "./api-path.ts";
import { errorPageFailure } from "./error-page-messages.ts";

/** What an error page needs: randomness for its nonce, and the portal to send the browser back to. */
export type ErrorPageContext = { random: Random; site: Site };

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  body: ErrorBody,
  pages: ErrorPageContext,
): FastifyReply {
  reply.status(status).header("cache-control", "no-store");
  if (isApiPath(request.raw.url ?? "/")) {
    return reply.type("application/json; charset=utf-8").send(body);
  }
  if (isScimPath(request.raw.url ?? "/")) {
    return reply
      .type(scimContentType)
      .send(scimErrorBody(status, body.message, scimTypeOfCode(body.code)));
  }
  // In the browser's language: an error page may answer before anything knows the user.
  const text = createServerText(browserLocale(request.headers["accept-language"]) ?? sourceLocale);
  const page = failurePage(pages.random, text, {
    status,
    failure: errorPageFailure(body.code),
    portalUrl: `${pages.site.origin}/applications`,
  });
  return reply
    .header("content-security-policy", page.csp)
    .type("text/html; charset=utf-8")
    .send(page.html);
}
