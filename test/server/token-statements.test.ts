// The token request's statements compiled once (server/oidc/token-statements.ts, on
// server/storage/compiled-once.ts) read and write exactly the entries whose keys they are given,
// on both databases and for any key a request can present: a value never lands in another's
// place, the model each statement names is kept, and a spent entry is spent once. PostgreSQL's
// own statements: token-statements-postgres.test.ts.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSingleLineText } from "../../server/schemas/strings.ts";
import {
  consumeEntry,
  readAccountWithSessionAndGrant,
  readClientWithCode,
} from "../../server/oidc/token-statements.ts";
import { compiledOnce } from "../../server/storage/compiled-once.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { createTestDatabase, dialects } from "../fixtures/databases.ts";
import { openTokenDatabase, type TokenDatabase } from "../fixtures/token-database.ts";

/** Keys as a request may present them once the adapter has checked them (oidc-adapter.ts). */
const key = fc
  .string({ minLength: 1, maxLength: 40, unit: "grapheme" })
  .filter((value) => isSingleLineText(value));

for (const dialect of dialects) {
  describe(`token statements on ${dialect}`, () => {
    let tokens: TokenDatabase;
    let db: Db;
    let round = 0;
    const store: TokenDatabase["store"] = (...args) => tokens.store(...args);

    beforeAll(async () => {
      tokens = await openTokenDatabase(dialect);
      db = tokens.db;
    });
    afterAll(() => tokens.close());

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
