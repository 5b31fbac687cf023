// Security headers for the portal and the API: a strict CSP (scripts and styles only from our
// origin, no framing), HSTS only where the portal is served over HTTPS, and `no-store` on every
// API and SCIM answer (they carry personal data and, once, secrets). helmet's headers do not
// depend on the request: they are worked out once and handed to each reply as one object (one
// Node header check each, when the answer is written); @fastify/helmet rebuilt its middleware
// and re-parsed the CSP on every request.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance, FastifyReply } from "fastify";
import helmet from "helmet";
import { isApiOrScimPath } from "./api-path.ts";

export type ApplySecurityHeaders = (request: IncomingMessage, response: ServerResponse) => void;

export type SecurityHeaders = {
  /** helmet's headers, lower-case names, the same for every answer. */
  fixed: Readonly<Record<string, string>>;
  /** On a raw response (Fastify's framework errors, which have no reply). */
  apply: ApplySecurityHeaders;
};

export function securityHeaders(https: boolean): SecurityHeaders {
  const fixed = helmetHeaders(https);
  const entries = Object.entries(fixed);
  return {
    fixed,
    apply: (request, response) => {
      for (const [name, value] of entries) {
        response.setHeader(name, value);
      }
      if (needsNoStore(request.url ?? "/")) {
        response.setHeader("cache-control", "no-store");
      }
    },
  };
}

function needsNoStore(url: string): boolean {
  return isApiOrScimPath(url);
}

/** What helmet sets, read by running its middleware once on a response that only records. */
function helmetHeaders(https: boolean): Record<string, string> {
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
  const recorded: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      recorded[name.toLowerCase()] = value;
    },
    removeHeader: () => undefined, // X-Powered-By: Fastify never sets it
  };
  // helmet only sets headers and calls back at once; it has no failure to pass on.
  applyHelmet({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return recorded;
}

export function registerSecurityHeaders(app: FastifyInstance, headers: SecurityHeaders): void {
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(headers.fixed);
    if (needsNoStore(request.url)) {
      reply.header("cache-control", "no-store");
    }
    done();
  });
}

/**
 * Hands the raw response to a library that writes it itself (the OpenID Provider): the headers
 * this reply holds so far, the security headers among them, go onto the raw response first.
 */
export function hijackWithHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) {
      reply.raw.setHeader(name, value);
    }
  }
  reply.hijack();
}
