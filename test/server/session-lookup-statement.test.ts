// The statement behind every session check (server/auth/session-lookup.ts), on both databases: it
// returns every column of the user and the session's columns a check needs, as Kysely's
// `selectAll` reads them; it
// keeps answering after a rolling deploy adds columns to both tables; a deleted session is gone
// at once; and on PostgreSQL every pooled connection plans it once, by name.
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { readSessionWithUser } from "../../server/auth/session-lookup.ts";
import { openDatabase } from "../../server/storage/database.ts";
import { statementNameOf } from "../../server/storage/named-statements.ts";
import { checkedPartOf } from "../fixtures/checked-session.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

/** As many lookups at once as the PostgreSQL pool has connections, so each one serves one. */
const poolSize = 10;

for (const dialect of dialects) {
  describe(`the session lookup on ${dialect}`, () => {
    const sessionIds = ["lookup-session-aaaaaa", "lookup-session-bbbbbb"];
    const database = migratedDatabaseWithUsers(dialect, [
      testUser("user-1", {
        email: "ann@example.com",
        username: "ann",
        first_name: "Ann",
        last_name: "Lee",
        display_name: "Ann Lee",
        role: "admin",
        password_hash: "hash",
        job_title: "Keeper",
        created_at: 10,
        updated_at: 20,
        locked_until: 30,
        must_change_password: 1,
        locale: "de",
        scim_external_id: "ext-1",
      }),
    ]);

    beforeAll(async () => {
      for (const [index, id] of sessionIds.entries()) {
        await database.db
          .insertInto("sessions")
          .values({
            id,
            user_id: "user-1",
            secret_hash: `hash-${index}`,
            created_at: 100 + index,
            verified_at: 200,
            last_seen_at: 300,
            expires_at: 9_000_000_000_000,
            ip: "192.0.2.7",
            user_agent: "agent",
            mfa_enroll_by: index === 0 ? null : 400,
          })
          .execute();
      }
    });

    /** What the lookup must find, read the plain way: the user's row, the session's checked part. */
    const expected = async (sessionId: string) => ({
      session: checkedPartOf(
        await database.db
          .selectFrom("sessions")
          .selectAll()
          .where("id", "=", sessionId)
          .executeTakeFirstOrThrow(),
      ),
      user: await database.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", "user-1")
        .executeTakeFirstOrThrow(),
    });
    const lookUpAtOnce = (sessionId: string) =>
      Promise.all(
        Array.from({ length: poolSize }, () => readSessionWithUser(database.db, sessionId)),
      );

    it("reads the session's checked columns and every column of its user, on every connection", async () => {
      for (const sessionId of sessionIds) {
        const found = await lookUpAtOnce(sessionId);
        const { session, user } = await expected(sessionId);
        for (const each of found) {
          expect(each?.session).toEqual(session);
          expect(each?.user).toEqual(user);
        }
      }
      expect(await readSessionWithUser(database.db, "no-such-session-xxxx")).toBeUndefined();
    });

    if (dialect === "postgres") {
      it("is planned once per connection: each pooled connection holds it by name", async () => {
        await lookUpAtOnce(sessionIds[0] ?? "");
        const heldBy = await Promise.all(
          Array.from({ length: poolSize }, () =>
            sql<{ name: string; statement: string }>`
              select name, statement from pg_prepared_statements`.execute(database.db),
          ),
        );
        for (const { rows } of heldBy) {
          const lookup = rows.find((row) => /from "session_row"/.test(row.statement));
          expect(lookup?.name).toMatch(/^gatehouse_/);
          expect(lookup?.name).toBe(statementNameOf(lookup?.statement ?? ""));
        }
      });
    }

    it("keeps answering, every column, after a deploy adds columns to both tables", async () => {
      await lookUpAtOnce(sessionIds[0] ?? ""); // every connection has prepared it
      const migrating = openDatabase(database.config); // another instance's migration
      try {
        for (const table of ["users", "sessions"] as const) {
          await migrating.schema
            .alterTable(table)
            .addColumn("added_by_next_version", "text")
            .execute();
        }
      } finally {
        await migrating.destroy();
      }
      const { session, user } = await expected(sessionIds[0] ?? "");
      const known = (row: object) =>
        Object.fromEntries(
          Object.entries(row).filter(([column]) => column !== "added_by_next_version"),
        );
      const knownSession = known(session);
      const knownUser = known(user);
      expect(Object.keys(user)).toContain("added_by_next_version"); // the deploy did add it
      for (const each of await lookUpAtOnce(sessionIds[0] ?? "")) {
        expect(each?.session).toEqual(knownSession);
        expect(each?.user).toEqual(knownUser);
      }
    });

    it("finds nothing at once for a session deleted on another connection", async () => {
      await lookUpAtOnce(sessionIds[1] ?? "");
      const other = openDatabase(database.config); // another instance signs it out
      try {
        await other
          .deleteFrom("sessions")
          .where("id", "=", sessionIds[1] ?? "")
          .execute();
      } finally {
        await other.destroy();
      }
      for (const each of await lookUpAtOnce(sessionIds[1] ?? "")) {
        expect(each).toBeUndefined();
      }
    });
  });
}
