// An expected failure the client should see, with its stable code (the catalogue is part of the
// contract, server/schemas/errors.ts) and the HTTP status that code always has.
import { errorCodes, type ErrorBody, type ErrorCode } from "./schemas/errors.ts";

/** An expected failure the client should see: it carries its own status and stable code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly field: string | undefined;
  readonly retryAt: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    field?: string,
    options: { retryAt?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.statusCode = errorCodes[code];
    this.field = field;
    this.retryAt =
      options.retryAt === undefined ? undefined : new Date(options.retryAt).toISOString();
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.retryAt === undefined ? {} : { retryAt: this.retryAt }),
    };
  }
}
