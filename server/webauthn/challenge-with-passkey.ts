// An assertion's first step on the database: its challenge recorded as spent (whatever follows,
// webauthn-challenges.ts) and the asserted passkey read with its owner. On PostgreSQL one named
// statement, one round trip (issue 14): the spent challenge's INSERT … ON CONFLICT DO NOTHING as
// a CTE, joined to the passkey and its owner, so a challenge spent before yields no row. SQLite
// has no data-modifying CTE: there the challenge goes first and the passkey is read only if the
// challenge was good.
import { CompiledQuery } from "kysely";
import type { Db } from "../storage/database.ts";
import type { SpentWebauthnChallengesTable } from "../storage/devices-schema.ts";
import { isPostgres } from "../storage/dialect.ts";
import { namedSql } from "../storage/named-statements.ts";
import { userColumns } from "../storage/user-columns.ts";
import type { ChallengeBinding } from "./challenge-seal.ts";
import {
  findPasskeyWithOwner,
  passkeyColumns,
  splitPasskeyWithOwner,
  type PasskeyWithOwner,
} from "./passkey-store.ts";
import { consumeWebauthnChallenge, spentChallengeRow } from "./webauthn-challenges.ts";

export type TakenChallenge = {
  challenge: SpentWebauthnChallengesTable;
  /** The passkey with the asserted id and its owner; undefined when no such passkey exists. */
  found: PasskeyWithOwner | undefined;
};

/** Undefined when the challenge is forged, spent, expired or bound to another purpose or session. */
export async function takeChallengeWithPasskey(
  db: Db,
  key: Buffer,
  input: ChallengeBinding & { challenge: string; passkeyId: string; now: number },
): Promise<TakenChallenge | undefined> {
  if (!isPostgres(db)) {
    const challenge = await consumeWebauthnChallenge(db, key, input.challenge, input);
    return challenge === undefined
      ? undefined
      : { challenge, found: await findPasskeyWithOwner(db, input.passkeyId) };
  }
  const challenge = spentChallengeRow(key, input.challenge, input);
  if (challenge === undefined) {
    return undefined;
  }
  const query = CompiledQuery.raw(spentWithPasskeySql, [
    challenge.challenge,
    challenge.expires_at,
    input.passkeyId,
  ]);
  const [row] = (await db.executeQuery<{ passkey_id: string | null }>(query)).rows;
  if (row === undefined) {
    return undefined; // spent before: a replay
  }
  return { challenge, found: row.passkey_id === null ? undefined : splitPasskeyWithOwner(row) };
}

// $1–$2 the spent challenge's row, $3 the asserted passkey's id. The left joins keep the spent
// row when no passkey has that id. Prepared on each connection (storage/named-statements.ts).
const spentWithPasskeySql = namedSql(`with "spent" as (
  insert into "spent_webauthn_challenges" ("challenge", "expires_at")
  values ($1, $2)
  on conflict ("challenge") do nothing
  returning 1 as "one"
)
select ${userColumns.map((column) => `"users"."${column}"`).join(", ")},
  ${passkeyColumns.map((column) => `"passkeys"."${column}" as "passkey_${column}"`).join(", ")}
from "spent"
left join "passkeys" on "passkeys"."id" = $3
left join "users" on "users"."id" = "passkeys"."user_id"`);
