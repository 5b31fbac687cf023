// An expected failure the client should see, with its stable code (the catalogue is part of the
// contract, server/schemas/errors.ts) and the HTTP status that code always has.
import { errorCodes, type ErrorBody, type ErrorCode } from "./schemas/errors.ts";

/**
 * `reason` tells apart the cases of one code and `details` carries the numbers a message needs,
 * so the portal says it in the user's language (renderer/lib/error-messages.ts); the message
 * stays English, for API clients and logs.
 */
export type AppErrorOptions = {
  retryAt?: number;
  reason?: string;
  details?: Record<string, string | number>;
};

/** An expected failure the client should see: it carries its own status and stable code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly field: string | undefined;
  readonly retryAt: string | undefined;
  readonly reason: string | undefined;
  readonly details: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, field?: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.statusCode = errorCodes[code];
    this.field = field;
    this.retryAt =
      options.retryAt === undefined ? undefined : new Date(options.retryAt).toISOString();
    this.reason = options.reason;
    this.details = options.details;
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.retryAt === undefined ? {} : { retryAt: this.retryAt }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}
