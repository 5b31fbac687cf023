// Shared TypeBox schemas: one source for validation, types and response serialization.
import { Type, type Static } from "typebox";

export const ErrorResponse = Type.Object({
  code: Type.String(),
  message: Type.String(),
  field: Type.Optional(Type.String()),
  retryAt: Type.Optional(Type.String({ format: "date-time" })),
  /** Which case of the code this is, and its numbers, for the portal's words (schemas/errors.ts). */
  reason: Type.Optional(Type.String()),
  details: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});
export type ErrorResponse = Static<typeof ErrorResponse>;

/**
 * RFC 5321 caps an address at 254 characters; the pattern rules out obvious typos and, like every
 * input string, control characters and lone surrogates (schemas/strings.ts).
 */
export const EmailAddress = Type.String({
  minLength: 3,
  maxLength: 254,
  pattern: String.raw`^[^\s@\p{Cc}\p{Cs}]+@[^\s@\p{Cc}\p{Cs}]+$`,
});
export type EmailAddress = Static<typeof EmailAddress>;

export const EmptyObject = Type.Object({}, { additionalProperties: false });
export type EmptyObject = Static<typeof EmptyObject>;

/** /healthz and /readyz when all is well. */
export const HealthStatus = Type.Object({ status: Type.Literal("ok") });
export type HealthStatus = Static<typeof HealthStatus>;
