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
  spendCodeStoringToken,
  upsertEntry,
} from "../../server/oidc/token-statements.ts";
import { compiledOnce } from "../../server/storage/compiled-once.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { migrateToLatest } from "../../server/storage/migrate.ts";
import { nameStatement, statementNameOf } from "../../server/storage/named-statements.ts";
import { emptyProfile, insertUser } from "../../server/storage/users.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";

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
    let database: TestDatabase;
    let db: Db;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = openDatabase(database.config);
      await migrateToLatest(db);
      await db
        .insertInto("organizations")
        .values({ id: "org", name: "Org", created_at: 1 })
        .execute();
      await insertUser(db, {
        ...emptyProfile,
        id: "ann",
        organization_id: "org",
        email: "ann@example.com",
        username: "ann",
        first_name: "Ann",
        last_name: "Lee",
        display_name: "Ann Lee",
        role: "user",
        status: "active",
        password_hash: null,
        created_at: 1,
        updated_at: 1,
      });
      await db
        .insertInto("apps")
        .values({
          id: "app",
          organization_id: "org",
          kind: "oidc",
          display_name: "RP",
          launch_url: "https://rp.example.com/",
          oidc_client_id: "client",
          created_at: 1,
          updated_at: 1,
        } as never)
        .execute();
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    /** Every statement of a token request, on one connection; what each read found. */
    const tokenRequest = async (handle: Db, round: number) => {
      const code = `code-${round}`;
      const stored = (model: string, id: string) =>
        handle.executeQuery(
          upsertEntry(handle, model, id, `{"r":${round}}`, "grant", id, null, null),
        );
      await stored("AuthorizationCode", code);
      await stored("Session", `session-${round}`);
      await stored("Grant", "grant");
      const [client] = (await handle.executeQuery(readClientWithCode(handle, "client", code))).rows;
      const [account] = (
        await handle.executeQuery(
          readAccountWithSessionAndGrant(handle, "ann", `session-${round}`, "grant"),
        )
      ).rows;
      const spent =
        dialect === "postgres"
          ? await handle.executeQuery(
              spendCodeStoringToken(code, Date.now(), {
                id: `token-${round}`,
                payload: "{}",
                grantId: "grant",
                expiresAt: null,
              }),
            )
          : await handle.executeQuery(consumeEntry(handle, "AuthorizationCode", code, Date.now()));
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
      clientId: "client",
      code: `{"r":${round}}`,
      email: "ann@example.com",
      session: `{"r":${round}}`,
      grant: `{"r":${round}}`,
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
            readClientWithCode(connection, "client", "code-4"),
            readAccountWithSessionAndGrant(connection, "ann", "session-4", "grant"),
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
