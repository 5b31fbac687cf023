// WebAuthn challenges live in the database (docs/design.md §8): 256 bits, 2-minute TTL, bound to a
// purpose (and, for re-verification, to the session), deleted on first use whatever the outcome.
import type { Random } from "../lib/clock.ts";
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
import { namedSql } from "../storage/named-statements.ts";
import type { WebauthnChallengesTable } from "../storage/devices-schema.ts";

export const webauthnChallengeLifetimeMs = 2 * 60 * 1000;

// Every passkey ceremony runs both: compiled once (storage/compiled-once.ts).
const challengeInsert = compiledOnce(
  (
    db,
    challenge: string,
    purpose: WebauthnChallengesTable["purpose"],
    userId: string | null,
    sessionId: string | null,
    expiresAt: number,
  ) =>
    db.insertInto("webauthn_challenges").values({
      challenge,
      purpose,
      user_id: userId,
      session_id: sessionId,
      expires_at: expiresAt,
    }),
  [
    "\u0000challenge",
    "\u0000purpose" as WebauthnChallengesTable["purpose"],
    "\u0000user",
    "\u0000session",
    -1.5,
  ],
);
const challengeTaken = compiledOnce(
  (db, challenge: string) =>
    db.deleteFrom("webauthn_challenges").where("challenge", "=", challenge).returningAll(),
  ["\u0000challenge"],
);

export async function issueWebauthnChallenge(
  db: Db,
  random: Random,
  input: Omit<WebauthnChallengesTable, "challenge" | "expires_at"> & { now: number },
): Promise<Uint8Array<ArrayBuffer>> {
  // WebAuthn §13.4.3: at least 16 random bytes; we use 32. Stored as the base64url text that
  // comes back in clientDataJSON.challenge.
  const bytes = random.bytes(32);
  const challenge = bytes.toString("base64url");
  const insert = challengeInsert(
    db,
    challenge,
    input.purpose,
    input.user_id,
    input.session_id,
    input.now + webauthnChallengeLifetimeMs,
  );
  // Every passkey ceremony starts with it: prepared on PostgreSQL (storage/named-statements.ts).
  namedSql(insert.sql);
  await db.executeQuery(insert);
  // Expired challenges are deleted by the timed sweep (storage/expiry-sweep.ts), not here.
  return new Uint8Array(bytes);
}

/** Takes a challenge out of the store; undefined when unknown, used, expired or for another purpose. */
export async function consumeWebauthnChallenge(
  db: Db,
  challenge: string,
  purpose: WebauthnChallengesTable["purpose"],
  now: number,
): Promise<WebauthnChallengesTable | undefined> {
  const [row] = (await db.executeQuery(challengeTaken(db, challenge))).rows;
  return usableChallenge(row, purpose, now);
}

/** A challenge row just taken out of the store, if it serves this purpose now. */
export function usableChallenge(
  row: WebauthnChallengesTable | undefined,
  purpose: WebauthnChallengesTable["purpose"],
  now: number,
): WebauthnChallengesTable | undefined {
  return row === undefined || row.purpose !== purpose || now >= row.expires_at ? undefined : row;
}
