// Password reset links (docs/design.md §5): one hour, single use, only SHA-256 of the secret
// stored. Issuing a new link deletes the older ones, so only the newest link works.
import { issueToken, parseToken, secretMatches } from "../auth/token.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";

export const resetLinkLifetimeMs = 60 * 60 * 1000;
/** An invitation gives a new user three days to choose their first password. */
export const inviteLinkLifetimeMs = 72 * 60 * 60 * 1000;

type TokenContext = { db: Db; clock: Clock; random: Random };

export async function issueResetToken(
  { db, clock, random }: TokenContext,
  userId: string,
  lifetimeMs = resetLinkLifetimeMs,
): Promise<string> {
  const { id, token, secretHash } = issueToken(random);
  const now = clock.now();
  await db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom("password_reset_tokens").where("user_id", "=", userId).execute();
    await transaction
      .insertInto("password_reset_tokens")
      .values({
        id,
        user_id: userId,
        secret_hash: secretHash,
        created_at: now,
        expires_at: now + lifetimeMs,
      })
      .execute();
  });
  return token;
}

/** The active account a live link belongs to; undefined for anything else. Does not consume. */
export async function findResetTokenUser(
  { db, clock }: Omit<TokenContext, "random">,
  token: string,
): Promise<User | undefined> {
  const row = await findLiveToken(db, token, clock.now());
  if (row === undefined) {
    return undefined;
  }
  const user = await findUserById(db, row.user_id);
  return user?.status === "active" ? user : undefined;
}

/**
 * Uses the link up: one DELETE decides, so two requests racing with the same link cannot both
 * succeed. Returns the user id, or undefined when the link was already used or is not valid.
 */
export async function consumeResetToken(
  { db, clock }: Omit<TokenContext, "random">,
  token: string,
): Promise<string | undefined> {
  const now = clock.now();
  const row = await findLiveToken(db, token, now);
  if (row === undefined) {
    return undefined;
  }
  const deleted = await db
    .deleteFrom("password_reset_tokens")
    .where("id", "=", row.id)
    .where("expires_at", ">", now)
    .returning("user_id")
    .executeTakeFirst();
  return deleted?.user_id;
}

async function findLiveToken(db: Db, token: string, now: number) {
  const parsed = parseToken(token);
  if (parsed === undefined) {
    return undefined;
  }
  const row = await db
    .selectFrom("password_reset_tokens")
    .selectAll()
    .where("id", "=", parsed.id)
    .executeTakeFirst();
  if (
    row === undefined ||
    !secretMatches(parsed.secret, row.secret_hash) ||
    now >= row.expires_at
  ) {
    return undefined;
  }
  return row;
}
