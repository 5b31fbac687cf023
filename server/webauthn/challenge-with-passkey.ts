// An assertion's first step on the database: its challenge taken out of the store (spent whatever
// follows, webauthn-challenges.ts) and the asserted passkey read with its owner. On PostgreSQL one
// statement, one round trip (issue 14): the challenge's DELETE … RETURNING as a CTE, joined to
// the passkey and its owner. SQLite has no data-modifying CTE: there the challenge goes first and
// the passkey is read only if the challenge was good.
import { CompiledQuery } from "kysely";
import type { Db } from "../storage/database.ts";
import type { WebauthnChallengesTable } from "../storage/devices-schema.ts";
import { isPostgres } from "../storage/dialect.ts";
import {
  findPasskeyWithOwner,
  passkeyColumns,
  splitPasskeyWithOwner,
  type PasskeyWithOwner,
} from "./passkey-store.ts";
import { consumeWebauthnChallenge, usableChallenge } from "./webauthn-challenges.ts";

export type TakenChallenge = {
  challenge: WebauthnChallengesTable;
  /** The passkey with the asserted id and its owner; undefined when no such passkey exists. */
  found: PasskeyWithOwner | undefined;
};

/** Undefined when the challenge is unknown, used, expired or for another purpose. */
export async function takeChallengeWithPasskey(
  db: Db,
  input: {
    challenge: string;
    purpose: WebauthnChallengesTable["purpose"];
    passkeyId: string;
    now: number;
  },
): Promise<TakenChallenge | undefined> {
  const { purpose, now } = input;
  if (!isPostgres(db)) {
    const challenge = await consumeWebauthnChallenge(db, input.challenge, purpose, now);
    return challenge === undefined
      ? undefined
      : { challenge, found: await findPasskeyWithOwner(db, input.passkeyId) };
  }
  const query = CompiledQuery.raw(takenWithPasskeySql, [input.challenge, input.passkeyId]);
  const [row] = (await db.executeQuery<TakenRow>(query)).rows;
  if (row === undefined) {
    return undefined;
  }
  const { challenge_purpose, challenge_user_id, challenge_session_id, challenge_expires_at } = row;
  const challenge = usableChallenge(
    {
      challenge: input.challenge,
      purpose: challenge_purpose,
      user_id: challenge_user_id,
      session_id: challenge_session_id,
      expires_at: challenge_expires_at,
    },
    purpose,
    now,
  );
  if (challenge === undefined) {
    return undefined;
  }
  return {
    challenge,
    found: row.passkey_id === null ? undefined : splitPasskeyWithOwner(withoutChallenge(row)),
  };
}

type TakenRow = {
  challenge_purpose: WebauthnChallengesTable["purpose"];
  challenge_user_id: string | null;
  challenge_session_id: string | null;
  challenge_expires_at: number;
  passkey_id: string | null;
};

/** The passkey's and the owner's columns: the row without the challenge's. */
function withoutChallenge(row: TakenRow): object {
  return Object.fromEntries(
    Object.entries(row).filter(([column]) => !column.startsWith("challenge_")),
  );
}

// The left joins keep the challenge's row when no passkey has the asserted id.
const takenWithPasskeySql = `with "taken" as (
  delete from "webauthn_challenges" where "challenge" = $1 returning *
)
select "taken"."purpose" as "challenge_purpose", "taken"."user_id" as "challenge_user_id",
  "taken"."session_id" as "challenge_session_id", "taken"."expires_at" as "challenge_expires_at",
  "users".*, ${passkeyColumns.map((column) => `"passkeys"."${column}" as "passkey_${column}"`).join(", ")}
from "taken"
left join "passkeys" on "passkeys"."id" = $2
left join "users" on "users"."id" = "passkeys"."user_id"`;
