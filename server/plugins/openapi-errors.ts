// Which error codes a route can answer, from what it declares (its schemas, access, API-token
// scope, CSRF rule, rate limit), as OpenAPI responses grouped by status: the codes of the error
// catalogue (schemas/errors.ts), each status with its own list in the generated document.
import type { RouteOptions } from "fastify";
import { errorCodes, type ErrorCode } from "../schemas/errors.ts";
import { safeMethods } from "./csrf.ts";

/** The codes a route may answer besides its own domain errors. */
export function declaredErrorCodes(route: RouteOptions): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  const schema = route.schema ?? {};
  const config = route.config ?? {};
  const methods = [route.method].flat();
  if (
    schema.body !== undefined ||
    schema.querystring !== undefined ||
    schema.params !== undefined
  ) {
    codes.add("VALIDATION_FAILED");
  }
  if (schema.body !== undefined) {
    codes.add("MALFORMED_JSON").add("PAYLOAD_TOO_LARGE");
  }
  const changesState = methods.some((method) => !safeMethods.has(method));
  if (changesState && config.csrf !== "cross-site") {
    codes.add("CSRF_ORIGIN_MISMATCH");
    if (config.csrf !== "same-origin") {
      codes.add("UNSUPPORTED_MEDIA_TYPE");
    }
  }
  const access = config.access;
  if (access !== undefined) {
    codes.add("AUTH_REQUIRED").add("REVERIFICATION_REQUIRED");
    if (access.session !== "password-change") {
      codes.add("PASSWORD_CHANGE_REQUIRED");
    }
    if (access.session !== "mfa-setup" && access.session !== "password-change") {
      codes.add("MFA_ENROLLMENT_REQUIRED");
    }
    if (access.recentVerification === true) {
      codes.add("RECENT_VERIFICATION_REQUIRED");
    }
    if (access.admin === true) {
      codes.add("ADMIN_REQUIRED");
    }
    if (config.apiScope === undefined) {
      codes.add("API_TOKEN_NOT_ACCEPTED");
    } else {
      codes.add("API_TOKEN_INVALID").add("API_TOKEN_SCOPE_MISSING");
    }
  }
  if (config.rateLimit !== undefined) {
    codes.add("RATE_LIMITED");
  }
  return [...codes];
}

type ErrorResponses = Record<string, { description: string; content: object }>;

/** The route's error answers, one entry per status, each listing its codes. */
export function errorResponses(codes: ErrorCode[], errorSchema: object): ErrorResponses {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = errorCodes[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: ErrorResponses = {};
  for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `Error: ${statusCodes.join(", ")}`,
      content: {
        "application/json": {
          schema: withCodes(errorSchema, statusCodes),
        },
      },
    };
  }
  return responses;
}

function withCodes(errorSchema: object, codes: ErrorCode[]): object {
  const schema = errorSchema as { properties: Record<string, object> };
  return {
    ...schema,
    properties: { ...schema.properties, code: { type: "string", enum: codes } },
  };
}
