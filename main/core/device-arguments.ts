// Checks of the device bridge calls' arguments (docs/design.md §3): the page is untrusted, so a
// challenge is exactly one base64url string of sane length and a connect key one token string.
import type { ArgumentsCheck } from "./ipc-arguments.ts";

const challengePattern = /^[A-Za-z0-9_-]{16,128}$/;
const tokenPattern = /^[A-Za-z0-9_-]{10,64}\.[A-Za-z0-9_-]{10,64}$/;

export function checkDeviceChallengeArguments(
  args: readonly unknown[],
): (ArgumentsCheck & { ok: false }) | { ok: true; challenge: string } {
  const [challenge] = args;
  if (args.length !== 1 || typeof challenge !== "string" || !challengePattern.test(challenge)) {
    return { ok: false, reason: "expected one challenge string (base64url, 16–128 characters)" };
  }
  return { ok: true, challenge };
}

export function checkConnectKeyArguments(
  args: readonly unknown[],
): (ArgumentsCheck & { ok: false }) | { ok: true; connectKey: string } {
  const [connectKey] = args;
  if (
    args.length !== 1 ||
    typeof connectKey !== "string" ||
    !tokenPattern.test(connectKey.trim())
  ) {
    return { ok: false, reason: "expected one connect key string" };
  }
  return { ok: true, connectKey: connectKey.trim() };
}
