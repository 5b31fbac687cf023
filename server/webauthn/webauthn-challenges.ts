// WebAuthn challenges (docs/design.md §8): issued with nothing written — sealed with their expiry
// and binding (challenge-seal.ts) — and spent on first use whatever the outcome: the verifier
// records each in spent_webauthn_challenges under its primary key (migration 0310), so across
// every instance it passes once. The row outlives the challenge's expiry by a margin for clocks
// that disagree between instances, and the timed sweep deletes it afterwards
// (storage/expiry-sweep.ts).
import type { Random } from "../lib/clock.ts";
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
import type { SpentWebauthnChallengesTable } from "../storage/devices-schema.ts";
import { openChallenge, sealChallenge, type ChallengeBinding } from "./challenge-seal.ts";

/**
 * How long past its expiry a spent challenge stays recorded: an instance whose clock lags the
 * sweeper's by less than this still finds it spent rather than swept.
 */
export const spentChallengeMarginMs = 10 * 60 * 1000;

/** A new challenge for this binding; nothing is stored. */
export function issueWebauthnChallenge(
  key: Buffer,
  random: Random,
  binding: ChallengeBinding & { now: number },
): Uint8Array<ArrayBuffer> {
  return sealChallenge(key, random, binding, binding.now);
}

/** The row that records a challenge as spent; undefined when it is forged, expired or bound elsewhere. */
export function spentChallengeRow(
  key: Buffer,
  challenge: string,
  binding: ChallengeBinding & { now: number },
): SpentWebauthnChallengesTable | undefined {
  const opened = openChallenge(key, challenge, binding, binding.now);
  return opened === undefined
    ? undefined
    : { challenge, expires_at: opened.expiresAt + spentChallengeMarginMs };
}

/**
 * The record of a sealed challenge spent, in its kind's table (this one's, or device proofs':
 * devices/device-proof.ts): true when written, false when the challenge was spent before (a
 * replay). Every verification sends it, so it is compiled once (storage/compiled-once.ts) and
 * prepared on PostgreSQL.
 */
export function spentChallengeRecorder(
  table: "spent_webauthn_challenges" | "spent_device_challenges",
): (db: Db, row: SpentWebauthnChallengesTable) => Promise<boolean> {
  const challengeSpent = compiledOnce(
    (db, challenge: string, expiresAt: number) =>
      db
        .insertInto(table)
        .values({ challenge, expires_at: expiresAt })
        .onConflict((conflict) => conflict.column("challenge").doNothing())
        .returning("challenge"),
    ["\u0000challenge", -1.5],
    { named: true },
  );
  return async (db, row) => {
    const query = challengeSpent(db, row.challenge, row.expires_at);
    return (await db.executeQuery(query)).rows.length > 0;
  };
}

/** Records a good challenge as spent; false when it was spent before (a replay). */
export const spendWebauthnChallenge = spentChallengeRecorder("spent_webauthn_challenges");

/**
 * Opens a challenge and records it spent: the row when it is good and unused, undefined when it
 * is forged, expired, bound elsewhere or spent before.
 */
export async function consumeWebauthnChallenge(
  db: Db,
  key: Buffer,
  challenge: string,
  binding: ChallengeBinding & { now: number },
): Promise<SpentWebauthnChallengesTable | undefined> {
  const row = spentChallengeRow(key, challenge, binding);
  return row !== undefined && (await spendWebauthnChallenge(db, row)) ? row : undefined;
}
