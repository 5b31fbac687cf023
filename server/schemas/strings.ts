// The one string format of every input (issue 11): no control characters (C0, DEL, C1), no lone
// surrogate halves and no line or paragraph separators — PostgreSQL refuses NUL outright, and the
// rest corrupt logs, mails and terminals or silently change when encoded as UTF-8. Newlines are
// allowed only in fields meant to hold several lines. Fields with a stricter whitelist pattern
// (identifiers, base64url) refuse all of these already.
import { Type, type TSchema } from "typebox";

const forbidden = String.raw`\p{Cc}\p{Cs}\p{Zl}\p{Zp}`;

/** One line of text. Patterns are matched with the `u` flag (Ajv and TypeBox alike). */
export const singleLinePattern = `^[^${forbidden}]*$`;

/** Several lines: the same characters, plus line feeds, carriage returns and tabs. */
export const multiLinePattern = String.raw`^(?:[^${forbidden}]|[\n\r\t])*$`;

/** Row ids in paths and bodies (UUIDs) and base64url tokens. */
export const identifierPattern = "^[A-Za-z0-9_-]+$";

const singleLine = new RegExp(singleLinePattern, "u");

export type TextLimits = { minLength?: number; maxLength: number };

export const Text = (limits: TextLimits) => Type.String({ ...limits, pattern: singleLinePattern });

export const MultiLineText = (limits: TextLimits) =>
  Type.String({ ...limits, pattern: multiLinePattern });

export const Identifier = (maxLength = 64) =>
  Type.String({ minLength: 1, maxLength, pattern: identifierPattern });

/** An object keyed by single-line text; other keys are dropped like any unknown property. */
export const TextKeyedRecord = <Value extends TSchema>(
  value: Value,
  limits: { maxKeyLength: number; maxProperties: number },
) =>
  Type.Record(Type.String({ pattern: `^[^${forbidden}]{1,${limits.maxKeyLength}}$` }), value, {
    maxProperties: limits.maxProperties,
    additionalProperties: false,
  });

/** The same check for strings that reach us outside a route schema (OIDC parameters). */
export function isSingleLineText(value: string): boolean {
  return singleLine.test(value);
}

/** Whether a schema pattern is one of ours, so a refusal can say what is wrong in words. */
export function isTextPattern(pattern: unknown): boolean {
  return pattern === singleLinePattern || pattern === multiLinePattern;
}
