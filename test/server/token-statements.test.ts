// The token request's statements compiled once (server/oidc/token-statements.ts, on
// server/storage/compiled-once.ts) read and write exactly the entries whose keys they are given,
// on both databases and for any key a request can present: a value never lands in another's
// place, the model each statement names is kept, and a spent entry is spent once (on PostgreSQL
// with the token it pays for, in one statement).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSingleLineText } from "../../server/schemas/strings.ts";
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
import { emptyProfile, insertUser } from "../../server/storage/users.ts";
import { createTestDatabase, dialects, type TestDatabase } from "../fixtures/databases.ts";

/** Keys as a request may present them once the adapter has checked them (oidc-adapter.ts). */
const key = fc
  .string({ minLength: 1, maxLength: 40, unit: "grapheme" })
  .filter((value) => isSingleLineText(value));

for (const dialect of dialects) {
  describe(`token statements on ${dialect}`, () => {
    let database: TestDatabase;
    let db: Db;
    let round = 0;

    const store = (model: string, id: string, payload: object, extra: { uid?: string } = {}) =>
      db.executeQuery(
        upsertEntry(
          db,
          model,
          id,
          JSON.stringify(payload),
          null,
          extra.uid ?? null,
          null,
          Date.now() + 60_000,
        ),
      );

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      db = openDatabase(database.config);
      await migrateToLatest(db);
      await db
        .insertInto("organizations")
        .values({ id: "org", name: "Org", created_at: 1 })
        .execute();
      for (const id of ["ann", "bob"]) {
        await insertUser(db, {
          ...emptyProfile,
          id,
          organization_id: "org",
          email: `${id}@example.com`,
          username: id,
          first_name: id,
          last_name: id,
          display_name: id,
          role: "user",
          status: "active",
          password_hash: null,
          created_at: 1,
          updated_at: 1,
        });
      }
      for (const client of ["client-a", "client-b"]) {
        await db
          .insertInto("apps")
          .values({
            id: client,
            organization_id: "org",
            kind: "oidc",
            display_name: client,
            launch_url: "https://rp.example.com/",
            oidc_client_id: client,
            created_at: 1,
            updated_at: 1,
          } as never)
          .execute();
      }
    });
    afterAll(async () => {
      await db.destroy();
      await database.drop();
    });

    it("reads the client with exactly the code presented, and the account with exactly its session and grant", async () => {
      await fc.assert(
        fc.asyncProperty(key, key, key, async (codeKey, sessionKey, grantKey) => {
          round += 1;
          // Each value is also stored under the other models, so a swapped model or value shows.
          const code = `${codeKey}#${round}`;
          const session = `${sessionKey}#${round}`;
          const grant = `${grantKey}#${round}`;
          for (const [model, id] of [
            ["AuthorizationCode", code],
            ["Session", session],
            ["Grant", grant],
          ] as const) {
            for (const value of [code, session, grant]) {
              await store(model, value, { model, value }, { uid: value });
            }
            await store(model, `${id}:other`, { model, other: true });
          }
          const [client] = (await db.executeQuery(readClientWithCode(db, "client-b", code))).rows;
          expect(client?.oidc_client_id).toBe("client-b");
          expect(JSON.parse(client?.code_payload ?? "null")).toEqual({
            model: "AuthorizationCode",
            value: code,
          });
          expect(client?.code_consumed_at).toBeNull();
          expect(client?.code_expires_at).toBeGreaterThan(Date.now());

          const [account] = (
            await db.executeQuery(readAccountWithSessionAndGrant(db, "bob", session, grant))
          ).rows;
          expect(account?.id).toBe("bob");
          expect(JSON.parse(account?.session_payload ?? "null")).toEqual({
            model: "Session",
            value: session,
          });
          expect(JSON.parse(account?.grant_payload ?? "null")).toEqual({
            model: "Grant",
            value: grant,
          });
        }),
        { numRuns: 25 },
      );
    });

    it("reads nothing for an unknown client, and no entry for an unknown code, session or grant", async () => {
      expect((await db.executeQuery(readClientWithCode(db, "client-z", "x"))).rows).toEqual([]);
      const [client] = (await db.executeQuery(readClientWithCode(db, "client-a", "nowhere"))).rows;
      expect(client?.oidc_client_id).toBe("client-a");
      expect([client?.code_payload, client?.code_expires_at, client?.code_consumed_at]).toEqual([
        null,
        null,
        null,
      ]);
      const [account] = (
        await db.executeQuery(readAccountWithSessionAndGrant(db, "ann", "nowhere", "nowhere"))
      ).rows;
      expect(account?.id).toBe("ann");
      expect([account?.session_payload, account?.grant_payload]).toEqual([null, null]);
    });

    it("spends an entry once, and only the entry of the model it names", async () => {
      await store("AuthorizationCode", "spent-once", {});
      await store("AccessToken", "spent-once", {});
      const spend = async (model: string) =>
        (await db.executeQuery(consumeEntry(db, model, "spent-once", Date.now()))).numAffectedRows;
      expect(await spend("AuthorizationCode")).toBe(1n);
      expect(await spend("AuthorizationCode")).toBe(0n);
      expect(await spend("AccessToken")).toBe(1n);
      const [client] = (await db.executeQuery(readClientWithCode(db, "client-a", "spent-once")))
        .rows;
      expect(client?.code_consumed_at).toBeGreaterThan(0);
    });

    if (dialect === "postgres") {
      it("spends a code and stores its token in one statement, once, and never for an unknown code", async () => {
        await store("AuthorizationCode", "code-for-token", {});
        const token = (id: string) => ({ id, payload: "{}", grantId: "g", expiresAt: 1 });
        const spend = async (code: string, id: string) =>
          (await db.executeQuery(spendCodeStoringToken(code, Date.now(), token(id))))
            .numAffectedRows;
        expect(await spend("code-for-token", "token-1")).toBe(1n);
        expect(await spend("code-for-token", "token-2")).toBe(0n);
        expect(await spend("no-such-code", "token-3")).toBe(0n);
        const tokens = await db
          .selectFrom("oidc_payloads")
          .select("id")
          .where("model", "=", "AccessToken")
          .where("id", "like", "token-%")
          .execute();
        expect(tokens.map((row) => row.id)).toEqual(["token-1"]);
      });
    }
  });
}

describe("a query compiled once", () => {
  it("refuses placeholders that are not distinct, or that the query does not use", async () => {
    const database = await createTestDatabase("sqlite");
    const db = openDatabase(database.config);
    try {
      expect(() =>
        compiledOnce(
          (handle, a: string, b: string) =>
            handle.selectFrom("users").selectAll().where("id", "=", a).where("email", "=", b),
          ["same", "same"],
        ),
      ).toThrow(/distinct/);
      const unused = compiledOnce(
        (handle, ...keys: [string, string]) =>
          handle.selectFrom("users").selectAll().where("id", "=", keys[0]),
        ["\u0000a", "\u0000b"],
      );
      expect(() => unused(db, "x", "y")).toThrow(/not a parameter/);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
