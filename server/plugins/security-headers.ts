// Security headers for the portal and the API: a strict CSP (scripts and styles only from our
// origin, no framing), and HSTS only where the portal is served over HTTPS. helmet's middleware
// is built once here; @fastify/helmet rebuilt it (and re-parsed the CSP) on every request.
import type { FastifyInstance } from "fastify";
import helmet from "helmet";
import type { Site } from "../config/site.ts";

export function registerSecurityHeaders(app: FastifyInstance, { https }: Site): Promise<void> {
  const applyHeaders = helmet({
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
  app.addHook("onRequest", (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  return Promise.resolve();
}
