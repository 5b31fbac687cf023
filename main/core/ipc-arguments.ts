// Bridge calls are invoked by a web page, so their arguments are untrusted: each handler states
// the exact shape it accepts and anything else is refused before the handler runs.

export type ArgumentsCheck = { ok: true } | { ok: false; reason: string };

/** reportLocale's one argument: a short BCP 47-shaped language tag, nothing else. */
export function checkLocaleArguments(
  args: readonly unknown[],
): { ok: true; locale: string } | { ok: false; reason: string } {
  const [locale] = args;
  if (args.length !== 1 || typeof locale !== "string") {
    return { ok: false, reason: "expected one language tag" };
  }
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(locale)
    ? { ok: true, locale }
    : { ok: false, reason: "not a language tag" };
}

/** For calls that take nothing: extra arguments mean the page is not the one we built. */
export function checkNoArguments(args: readonly unknown[]): ArgumentsCheck {
  return args.length === 0
    ? { ok: true }
    : { ok: false, reason: `expected no arguments, got ${args.length}` };
}
