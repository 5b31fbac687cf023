// Hot statements sent by name on PostgreSQL (server/storage/named-statements.ts): the token
// request's statements are prepared once per connection and then only executed, they keep
// answering on that connection after a rolling deploy adds a column to the tables they read, and
// a statement selecting `*` cannot be named at all. SQLite runs the same statements as before.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  consumeEntry,
  readAccountWithSessionAndGrant,
  readClientWithCode,
  upsertEntry,
} from "../../server/oidc/token-statements.ts";
import {
  readClientWithCodeAndRelated,
  spendCodeStoringToken,
} from "../../server/oidc/token-statements-postgres.ts";
import { compiledOnce } from "../../server/storage/compiled-once.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { nameStatement, statementNameOf } from "../../server/storage/named-statements.ts";
import { createTestDatabase, dialects } from "../fixtures/databases.ts";
import { openTokenDatabase, type TokenDatabase } from "../fixtures/token-database.ts";

describe("naming a statement", () => {
  it("refuses every spelling of a `*` result: a prepared one breaks when a column is added", () => {
    for (const statement of [
      'select * from "users" where "id" = $1',
      'SELECT\n  * FROM "users"',
      'select distinct * from "apps"',
      'select "users".*, (select 1) as "x" from "users"',
      'select "id" from "users" where "id" = $1 and exists (select u.* from users u)',
      'update "users" set "status" = $1 returning *',
      'delete from "apps" RETURNING\t*',
    ]) {
      expect(() => nameStatement(statement), statement).toThrow(/list its result columns/);
      expect(statementNameOf(statement)).toBeUndefined();
    }
  });

  it("names a statement that lists its columns, the same SQL always under the same name", () => {
    const counted = 'select count(*) as "n", "kind" from "apps" where "id" = $1 group by "kind"';
    const listed = 'select "id", "email" from "users" where "id" = $1';
    nameStatement(counted);
    nameStatement(listed);
    nameStatement(listed);
    expect(statementNameOf(counted)).toMatch(/^gatehouse_/);
    expect(statementNameOf(listed)).toMatch(/^gatehouse_/);
    expect(statementNameOf(listed)).not.toBe(statementNameOf(counted));
    expect(statementNameOf(`${listed} `)).toBeUndefined();
  });

  it("a query compiled once and named must list its columns", async () => {
    const database = await createTestDatabase("sqlite");
    const db = openDatabase(database.config);
    try {
      const everything = compiledOnce(
        (handle, id: string) => handle.selectFrom("users").selectAll().where("id", "=", id),
        ["\u0000id"],
        { named: true },
      );
      expect(() => everything(db, "x")).toThrow(/list its result columns/);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});

for (const dialect of dialects) {
  describe(`the token request's statements by name on ${dialect}`, () => {
    let tokens: TokenDatabase;
    let db: Db;

    beforeAll(async () => {
      tokens = await openTokenDatabase(dialect);
      db = tokens.db;
    });
    afterAll(() => tokens.close());

    /** Every statement of a token request, on one connection; what each read found. */
    const tokenRequest = async (handle: Db, round: number) => {
      const code = `code-${round}`;
      const stored = (model: string, id: string, payload: object, uid: string | null = null) =>
        handle.executeQuery(
          upsertEntry(handle, model, id, JSON.stringify(payload), "grant", uid, null, null),
        );
      const names = { accountId: "ann", sessionUid: `session-${round}`, grantId: "grant", round };
      await stored("AuthorizationCode", code, names);
      await stored("Session", `session-id-${round}`, { round }, `session-${round}`);
      await stored("Grant", "grant", { round });
      if (dialect === "postgres") {
        const [read] = (await handle.executeQuery(readClientWithCodeAndRelated("client-a", code)))
          .rows;
        const spent = await handle.executeQuery(
          spendCodeStoringToken(code, Date.now(), {
            id: `token-${round}`,
            payload: "{}",
            grantId: "grant",
            expiresAt: null,
          }),
        );
        return {
          clientId: read?.oidc_client_id,
          code: read?.code_payload,
          email: read?.account_email,
          session: read?.session_payload,
          grant: read?.grant_payload,
          spent: spent.numAffectedRows,
        };
      }
      const [client] = (await handle.executeQuery(readClientWithCode(handle, "client-a", code)))
        .rows;
      const [account] = (
        await handle.executeQuery(
          readAccountWithSessionAndGrant(handle, "ann", `session-${round}`, "grant"),
        )
      ).rows;
      const spent = await handle.executeQuery(
        consumeEntry(handle, "AuthorizationCode", code, Date.now()),
      );
      return {
        clientId: client?.oidc_client_id,
        code: client?.code_payload,
        email: account?.email,
        session: account?.session_payload,
        grant: account?.grant_payload,
        spent: spent.numAffectedRows,
      };
    };
    const expected = (round: number) => ({
      clientId: "client-a",
      code: JSON.stringify({
        accountId: "ann",
        sessionUid: `session-${round}`,
        grantId: "grant",
        round,
      }),
      email: "ann@example.com",
      session: JSON.stringify({ round }),
      grant: JSON.stringify({ round }),
      spent: 1n,
    });

    it("keeps answering on a connection that prepared them after a deploy adds columns", async () => {
      await db.connection().execute(async (connection) => {
        expect(await tokenRequest(connection, 1)).toEqual(expected(1));
        // Another instance's migration, on another connection (SQLite's Kysely has only one).
        const migrating = dialect === "postgres" ? db : connection;
        for (const table of ["apps", "users", "oidc_payloads"] as const) {
          await migrating.schema
            .alterTable(table)
            .addColumn("added_by_next_version", "text")
            .execute();
        }
        expect(await tokenRequest(connection, 2)).toEqual(expected(2));
        expect(await tokenRequest(connection, 3)).toEqual(expected(3));
      });
    });

    if (dialect === "postgres") {
      it("are prepared once on the connection and then only executed", async () => {
        await db.connection().execute(async (connection) => {
          await tokenRequest(connection, 4);
          await tokenRequest(connection, 5);
          const prepared = await sql<{ name: string; statement: string }>`
            select name, statement from pg_prepared_statements`.execute(connection);
          const byName = new Map(prepared.rows.map((row) => [row.name, row.statement]));
          const statements = [
            readClientWithCodeAndRelated("client-a", "code-4"),
            spendCodeStoringToken("code-4", 1, {
              id: "t",
              payload: "{}",
              grantId: null,
              expiresAt: null,
            }),
            upsertEntry(connection, "Grant", "grant", "{}", null, null, null, null),
          ];
          for (const statement of statements) {
            const name = statementNameOf(statement.sql);
            expect(name, statement.sql).toBeDefined();
            expect(byName.get(name ?? "")).toBe(statement.sql);
          }
        });
      });
    }
  });
}
