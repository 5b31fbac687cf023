// Sends an error the way the caller can read it: our coded JSON to the API, our HTML page (with
// its own strict CSP and "Return to portal") to a browser on any other path. Never echoes the
// request's path or input, and is never cached.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ErrorBody } from "../schemas/errors.ts";
import { failurePage } from "../sso/launch-pages.ts";
import type { Site } from "../config/site.ts";
import type { Random } from "../lib/clock.ts";
import { isApiPath } from "./api-path.ts";

/** What an error page needs: randomness for its nonce, and the portal to send the browser back to. */
export type ErrorPageContext = { random: Random; site: Site };

const pageTitles: Partial<Record<ErrorBody["code"], string>> = {
  CSRF_ORIGIN_MISMATCH: "This request didn’t come from Gatehouse",
  NOT_FOUND: "Nothing is here",
  URL_TOO_LONG: "This address is too long",
  MALFORMED_URL: "This address doesn’t work",
  RATE_LIMITED: "Too many requests",
  INTERNAL_ERROR: "Something went wrong",
  SERVICE_UNAVAILABLE: "Gatehouse is unavailable right now",
};

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
  const page = failurePage(pages.random, {
    status,
    title: pageTitles[body.code] ?? "This request doesn’t work",
    message: body.message,
    portalUrl: `${pages.site.origin}/applications`,
  });
  return reply
    .header("content-security-policy", page.csp)
    .type("text/html; charset=utf-8")
    .send(page.html);
}
