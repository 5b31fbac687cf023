// The one place errors become responses: stable codes for expected failures, 5xx bodies that
// say nothing internal (the details go to the log), and Fastify's own URL errors (a bad escape,
// an overlong parameter) answered in the same format, with the security headers, path not echoed.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import type { ErrorBody } from "../schemas/errors.ts";
import { isTextPattern } from "../schemas/strings.ts";
import { isDatabaseUnavailable } from "../storage/database-errors.ts";
import { sendError, type ErrorPageContext } from "./error-reply.ts";

export type FrameworkError = FastifyError & { status?: number };

export function registerErrorHandling(app: FastifyInstance, pages: ErrorPageContext): void {
  app.setErrorHandler((error: FrameworkError, request, reply) => {
    const { status, body } = describeError(error);
    if (status >= 500) {
      request.log.error({ err: error }, "request failed");
    }
    return sendError(request, reply, status, body, pages);
  });
}

/**
 * Fastify's `frameworkErrors` option: errors the router raises before any hook runs, so the
 * security headers are applied here by hand.
 */
export function frameworkErrorHandler(
  applySecurityHeaders: (request: IncomingMessage, response: ServerResponse) => void,
  pages: ErrorPageContext,
) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    applySecurityHeaders(request.raw, reply.raw);
    const { status, body } = describeError(error);
    if (status >= 500) {
      request.log.error({ err: error }, "request failed");
    }
    sendError(request, reply, status, body, pages);
  };
}

export function describeError(error: FrameworkError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return { status: error.statusCode, body: error.toBody() };
  }
  if (error.validation !== undefined) {
    const first = error.validation[0];
    const field =
      first?.instancePath.replace(/^\//, "").replaceAll("/", ".") || missingField(first);
    const message = `${field === "" ? "The request" : field} ${explain(first)}`;
    // An empty required text says so as data, as the routes' own checks do, so the portal can
    // word it in the reader's language (renderer/lib/server-error-messages.ts).
    const empty = first?.keyword === "minLength" && first.params?.limit === 1;
    return fromAppError(
      new AppError("VALIDATION_FAILED", message, field || undefined, {
        ...(empty ? { reason: "empty" } : {}),
      }),
    );
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return fromAppError(
        new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as application/json."),
      );
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return fromAppError(new AppError("PAYLOAD_TOO_LARGE", "The request body is too large."));
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return fromAppError(new AppError("VALIDATION_FAILED", "The request needs a JSON body."));
    case "FST_ERR_BAD_URL":
      return fromAppError(
        new AppError(
          "MALFORMED_URL",
          "The address has a broken %-escape. Check the link, or open the page again from the portal.",
        ),
      );
    case "FST_ERR_MAX_PARAM_LENGTH":
      return fromAppError(
        new AppError(
          "URL_TOO_LONG",
          "Part of the address is longer than any Gatehouse link. Check the link, or open the page again from the portal.",
        ),
      );
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return fromAppError(new AppError("MALFORMED_JSON", "The request body is not valid JSON."));
    default:
      break;
  }
  if (isDatabaseUnavailable(error)) {
    // The database is down or restarting (docs/admin.md, "Several instances"): /readyz says so
    // too, and the load balancer stops sending requests until it is back.
    return fromAppError(
      new AppError(
        "SERVICE_UNAVAILABLE",
        "Gatehouse cannot reach its database right now. Try again in a moment.",
      ),
    );
  }
  const status = error.statusCode ?? error.status ?? 500;
  if (status === 429) {
    return fromAppError(new AppError("RATE_LIMITED", "Too many requests. Try again shortly."));
  }
  if (status >= 400 && status < 500) {
    return { status, body: { code: "VALIDATION_FAILED", message: "The request is invalid." } };
  }
  return {
    status: 500,
    body: { code: "INTERNAL_ERROR", message: "Something went wrong on our side." },
  };
}

function fromAppError(error: AppError): { status: number; body: ErrorBody } {
  return { status: error.statusCode, body: error.toBody() };
}

/** Ajv's words, except for patterns: those say what is wrong instead of quoting a regex. */
function explain(
  first: { keyword?: string; message?: string; params?: Record<string, unknown> } | undefined,
): string {
  if (first?.keyword === "pattern") {
    return isTextPattern(first.params?.pattern)
      ? "contains a control character or broken Unicode; use plain text"
      : "is not in the expected format";
  }
  return first?.message ?? "is invalid";
}

function missingField(first: { params?: Record<string, unknown> } | undefined): string {
  const missing = first?.params?.missingProperty;
  return typeof missing === "string" ? missing : "";
}
