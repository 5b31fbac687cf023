// The one place errors become responses: stable codes for expected failures, and 5xx bodies
// that say nothing internal (the details go to the log).
import type { FastifyError, FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import type { ErrorBody } from "../schemas/errors.ts";

type FrameworkError = FastifyError & { status?: number };

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FrameworkError, request, reply) => {
    const { status, body } = describeError(error);
    if (status >= 500) {
      request.log.error({ err: error }, "request failed");
    }
    return reply.status(status).send(body);
  });
}

function describeError(error: FrameworkError): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return { status: error.statusCode, body: error.toBody() };
  }
  if (error.validation !== undefined) {
    const first = error.validation[0];
    const field =
      first?.instancePath.replace(/^\//, "").replaceAll("/", ".") || missingField(first);
    const message = `${field === "" ? "The request" : field} ${first?.message ?? "is invalid"}`;
    return fromAppError(new AppError("VALIDATION_FAILED", message, field || undefined));
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
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return fromAppError(new AppError("MALFORMED_JSON", "The request body is not valid JSON."));
    default:
      break;
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

function missingField(first: { params?: Record<string, unknown> } | undefined): string {
  const missing = first?.params?.missingProperty;
  return typeof missing === "string" ? missing : "";
}
