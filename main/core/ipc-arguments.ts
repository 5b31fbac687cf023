// Bridge calls are invoked by a web page, so their arguments are untrusted: each handler states
// the exact shape it accepts and anything else is refused before the handler runs.

export type ArgumentsCheck = { ok: true } | { ok: false; reason: string };

/** For calls that take nothing: extra arguments mean the page is not the one we built. */
export function checkNoArguments(args: readonly unknown[]): ArgumentsCheck {
  return args.length === 0
    ? { ok: true }
    : { ok: false, reason: `expected no arguments, got ${args.length}` };
}
