// Security headers for the portal and the API: a strict CSP (scripts and styles only from our
// origin, no framing), HSTS only where the portal is served over HTTPS, and `no-store` on every
// API and SCIM answer (they carry personal data and, once, secrets). helmet's middleware is built
// once here; @fastify/helmet rebuilt it (and re-parsed the CSP) on every request.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import { isApiPath, isScimPath } from "./api-path.ts";

export type ApplySecurityHeaders = (request: IncomingMessage, response: ServerResponse) => void;

export function securityHeaders(https: boolean): ApplySecurityHeaders {
  const applyHelmet = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  return (request, response) => {
    // helmet only sets headers and calls back at once; it has no failure to pass on.
    applyHelmet(request, response, () => undefined);
    const url = request.url ?? "/";
    if (isApiPath(url) || isScimPath(url)) {
      response.setHeader("cache-control", "no-store");
    }
  };
}

export function registerSecurityHeaders(app: FastifyInstance, apply: ApplySecurityHeaders): void {
  app.addHook("onRequest", (request, reply, done) => {
    apply(request.raw, reply.raw);
    done();
  });
}
