// Reads an Accept-Language header (RFC 9110 §12.5.4): the languages a browser asks for, best
// first by q-value, so a page can pick the first one Gatehouse ships (locales/locales.ts).
import { matchLocale, type Locale } from "../../locales/locales.ts";

export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined) {
    return [];
  }
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const weight = parameters
        .map((parameter) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return { tag: tag.trim(), q: weight === undefined ? 1 : Number(weight), index };
    })
    .filter(({ tag, q }) => tag !== "" && tag !== "*" && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The shipped locale the browser prefers, if any. */
export function browserLocale(header: string | undefined): Locale | undefined {
  return matchLocale(acceptedLanguages(header));
}
