// Number matching (issue 17): the browser shows a two-digit number, the desktop app offers three,
// and the user picks the one they see — so a request they did not start cannot be approved by a
// reflexive tap. Each choice has its own WebAuthn challenge derived from the request, so the
// Touch ID / Windows Hello assertion signs both the request and the number picked.
import { createHash } from "node:crypto";
import type { Random } from "../../lib/clock.ts";

/** Two-digit numbers: 10 to 99. */
const lowest = 10;
const span = 90;

/** A uniform integer in [0, bound) from the injected randomness (rejection sampling, bound ≤ 256). */
export function randomBelow(random: Random, bound: number): number {
  const limit = 256 - (256 % bound);
  for (;;) {
    const [byte = 0] = random.bytes(1);
    if (byte < limit) {
      return byte % bound;
    }
  }
}

export function randomTwoDigitNumber(random: Random): number {
  return lowest + randomBelow(random, span);
}

/** The right number and two other distinct two-digit numbers, in random order. */
export function numberChoices(random: Random, right: number): number[] {
  const choices = [right];
  while (choices.length < 3) {
    const candidate = randomTwoDigitNumber(random);
    if (!choices.includes(candidate)) {
      choices.push(candidate);
    }
  }
  // Fisher–Yates, so the right number is equally likely in every position.
  for (let index = choices.length - 1; index > 0; index -= 1) {
    const other = randomBelow(random, index + 1);
    [choices[index], choices[other]] = [choices[other] ?? 0, choices[index] ?? 0];
  }
  return choices;
}

/**
 * The WebAuthn challenge for one choice of one request (WebAuthn §13.4.3: unpredictable, here
 * by the request's 256-bit nonce): never stored, derived again when the answer comes back.
 */
export function pushChallenge(request: { id: string; nonce: string }, choice: number): string {
  return createHash("sha256")
    .update(`gatehouse-push/v1\n${request.id}\n${request.nonce}\n${choice}`, "utf8")
    .digest("base64url");
}
