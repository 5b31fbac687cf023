// Stored passkeys: public key, signature counter, flags, transports and AAGUID (issue 5). The
// counter moves by compare-and-set, so two racing assertions cannot both pass (docs/design.md §8).
import { compiledOnce } from "../storage/compiled-once.ts";
import type { Db } from "../storage/database.ts";
import type { Passkey } from "../storage/devices-schema.ts";
import type { User } from "../storage/schema.ts";

export async function savePasskey(db: Db, passkey: Passkey): Promise<void> {
  await db.insertInto("passkeys").values(passkey).execute();
}

export async function findPasskey(db: Db, id: string): Promise<Passkey | undefined> {
  return db.selectFrom("passkeys").selectAll().where("id", "=", id).executeTakeFirst();
}

export const passkeyColumns = [
  "id",
  "user_id",
  "device_id",
  "name",
  "public_key",
  "counter",
  "transports",
  "aaguid",
  "backed_up",
  "device_type",
  "created_at",
  "last_used_at",
] as const satisfies readonly (keyof Passkey)[];

/**
 * The passkey read by its id in a materialized CTE, then joined to its owner: the plain join with
 * a bound id was re-prepared by Node 24's SQLite on every execution (as the session lookup was,
 * server/auth/session.ts). Compiled once: every passkey sign-in runs it.
 */
const passkeyWithOwner = compiledOnce(
  (db, id: string) =>
    db
      .with(
        (cte) => cte("passkey_row").materialized(),
        (query) => query.selectFrom("passkeys").selectAll().where("id", "=", id),
      )
      .selectFrom("passkey_row")
      .innerJoin("users", "users.id", "passkey_row.user_id")
      .selectAll("users")
      .select(
        passkeyColumns.map((column) => `passkey_row.${column} as passkey_${column}` as const),
      ),
  ["\u0000passkey"],
);

/** A passkey and its owner in one read (a sign-in needs both: issue 14). */
export async function findPasskeyWithOwner(
  db: Db,
  id: string,
): Promise<PasskeyWithOwner | undefined> {
  const [row] = (await db.executeQuery(passkeyWithOwner(db, id))).rows;
  return row === undefined ? undefined : splitPasskeyWithOwner(row);
}

export type PasskeyWithOwner = { passkey: Passkey; owner: User };

/** A row of the owner's columns beside the passkey's (prefixed `passkey_`), taken apart. */
export function splitPasskeyWithOwner(row: object): PasskeyWithOwner {
  const passkey = {} as Record<string, unknown>;
  const owner = { ...row } as Record<string, unknown>;
  for (const column of passkeyColumns) {
    passkey[column] = owner[`passkey_${column}`];
    delete owner[`passkey_${column}`];
  }
  return { passkey: passkey as Passkey, owner: owner as User };
}

export async function listUserPasskeys(db: Db, userId: string): Promise<Passkey[]> {
  return db
    .selectFrom("passkeys")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
}

export async function removeUserPasskey(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("passkeys")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

const passkeyUse = compiledOnce(
  (db, id: string, counter: number, newCounter: number, now: number) =>
    db
      .updateTable("passkeys")
      .set({ counter: newCounter, last_used_at: now })
      .where("id", "=", id)
      .where("counter", "=", counter),
  ["\u0000passkey", -1.5, -2.5, -3.5],
);

/** Records a use; false when another request moved the counter first (a replay or a clone). */
export async function recordPasskeyUse(
  db: Db,
  passkey: Passkey,
  newCounter: number,
  now: number,
): Promise<boolean> {
  const result = await db.executeQuery(
    passkeyUse(db, passkey.id, passkey.counter, newCounter, now),
  );
  return (result.numAffectedRows ?? 0n) > 0n;
}
