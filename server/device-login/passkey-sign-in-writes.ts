// The writes of a passkey sign-in (passkey-sign-in.ts), which commit together or not at all: the
// signature counter moved by compare-and-set (a counter another request moved first is a replay
// or a clone: docs/design.md §8), the failure count cleared unless a concurrent failure locked the
// account, the new session, and its audit line with its webhook deliveries. On PostgreSQL one
// data-modifying statement, one round trip instead of seven (issue 14): each step writes only if
// the one before it did, and the statement is atomic. SQLite has no such statement: there they
// run in one transaction.
import { CompiledQuery } from "kysely";
import { storeAuditEvent } from "../audit/audit-log.ts";
import { auditCteParameters, auditCtes } from "../audit/audit-statement.ts";
import { clearFailedAttempts } from "../auth/lockout.ts";
import { storeSession } from "../auth/session.ts";
import type { Db } from "../storage/database.ts";
import type { Passkey } from "../storage/devices-schema.ts";
import { isPostgres } from "../storage/dialect.ts";
import { namedSql } from "../storage/named-statements.ts";
import type { AuditEvent, Session } from "../storage/schema.ts";
import { recordPasskeyUse } from "../webauthn/passkey-store.ts";

/** "spent": the counter had moved; "locked": a concurrent failure locked the account. */
export type SignInWrites = "signed_in" | "spent" | "locked";

export async function writePasskeySignIn(
  db: Db,
  input: { passkey: Passkey; newCounter: number; now: number; session: Session; audit: AuditEvent },
): Promise<SignInWrites> {
  const { passkey, newCounter, now, session, audit } = input;
  if (isPostgres(db)) {
    const query = CompiledQuery.raw(signInSql, [
      newCounter,
      now,
      passkey.id,
      passkey.counter,
      session.user_id,
      ...sessionColumns.map((column) => session[column]),
      ...auditCteParameters(audit),
    ]);
    const [row] = (await db.executeQuery<{ counted: boolean; cleared: boolean }>(query)).rows;
    return row?.counted !== true ? "spent" : row.cleared ? "signed_in" : "locked";
  }
  return db.transaction().execute(async (trx): Promise<SignInWrites> => {
    if (!(await recordPasskeyUse(trx, passkey, newCounter, now))) {
      return "spent";
    }
    if (!(await clearFailedAttempts(trx, session.user_id, now))) {
      return "locked";
    }
    await storeSession(trx, session);
    await storeAuditEvent(trx, audit);
    return "signed_in";
  });
}

// Every column of a session with its PostgreSQL type: an INSERT … SELECT of parameters needs them.
const sessionColumnTypes = {
  id: "text",
  user_id: "text",
  secret_hash: "text",
  created_at: "bigint",
  verified_at: "bigint",
  last_seen_at: "bigint",
  expires_at: "bigint",
  ip: "text",
  user_agent: "text",
  mfa_enroll_by: "bigint",
} as const satisfies Record<keyof Session, "text" | "bigint">;
const sessionColumns = Object.keys(sessionColumnTypes) as (keyof Session)[];

// $1 new counter, $2 now, $3 passkey id, $4 counter read, $5 user id, then the session's columns
// and the audit event's. The lock test is lockout.ts's notLockedAt. Prepared on each connection:
// planning it cost four times what running it does (storage/named-statements.ts).
const signInSql = namedSql(`with "counted" as (
  update "passkeys" set "counter" = $1, "last_used_at" = $2 where "id" = $3 and "counter" = $4
  returning 1
), "cleared" as (
  update "users"
  set "failed_attempts" = 0, "locked_at" = null, "locked_until" = null, "lock_reason" = null
  where "id" = $5 and exists (select 1 from "counted")
    and ("locked_at" is null or ("locked_until" is not null and "locked_until" <= $2))
  returning 1
), "session" as (
  insert into "sessions" (${sessionColumns.map((column) => `"${column}"`).join(", ")})
  select ${sessionColumns.map((column, index) => `$${6 + index}::${sessionColumnTypes[column]}`).join(", ")}
  where exists (select 1 from "cleared")
  returning 1
), ${auditCtes("session", 6 + sessionColumns.length)}
select exists (select 1 from "counted") as "counted", exists (select 1 from "cleared") as "cleared"`);
