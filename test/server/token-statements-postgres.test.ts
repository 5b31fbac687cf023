// PostgreSQL's own statements of a token request (server/oidc/token-statements-postgres.ts): the
// one read finds exactly the client and code presented and the session, grant and account the
// code's payload names, for any key a request can present, and nothing that is not there; the
// one write spends a code once, storing its token with it.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSingleLineText } from "../../server/schemas/strings.ts";
import {
  readClientWithCodeAndRelated,
  spendCodeStoringToken,
} from "../../server/oidc/token-statements-postgres.ts";
import type { Db } from "../../server/storage/database.ts";
import { openTokenDatabase, type TokenDatabase } from "../fixtures/token-database.ts";

/** Keys as a request may present them once the adapter has checked them (oidc-adapter.ts). */
const key = fc
  .string({ minLength: 1, maxLength: 40, unit: "grapheme" })
  .filter((value) => isSingleLineText(value));

describe("token statements of PostgreSQL", () => {
  let tokens: TokenDatabase;
  let db: Db;
  let round = 0;
  const store: TokenDatabase["store"] = (...args) => tokens.store(...args);
  const readAll = async (client: string, code: string) =>
    (await db.executeQuery(readClientWithCodeAndRelated(client, code))).rows[0];

  beforeAll(async () => {
    tokens = await openTokenDatabase("postgres");
    db = tokens.db;
  });
  afterAll(() => tokens.close());

  it("reads the client with exactly the code presented, and the session, grant and account its payload names", async () => {
    await fc.assert(
      fc.asyncProperty(key, key, key, async (codeKey, sessionKey, grantKey) => {
        round += 1;
        const code = `${codeKey}#${round}`;
        const session = `${sessionKey}#${round}`;
        const grant = `${grantKey}#${round}`;
        // Each value is stored under every model, as id and uid, so a swapped one shows.
        for (const model of ["AuthorizationCode", "Session", "Grant"]) {
          for (const value of [code, session, grant]) {
            await store(model, value, { model, value }, { uid: value });
          }
        }
        const named = { accountId: "bob", sessionUid: session, grantId: grant };
        await store("AuthorizationCode", code, named);
        const read = await readAll("client-b", code);
        expect(read).toMatchObject({
          oidc_client_id: "client-b",
          code_account_id: "bob",
          code_session_uid: session,
          code_grant_id: grant,
          account_id: "bob",
          account_email: "bob@example.com",
        });
        expect(JSON.parse(read?.code_payload ?? "null")).toEqual(named);
        expect(JSON.parse(read?.session_payload ?? "null")).toEqual({
          model: "Session",
          value: session,
        });
        expect(JSON.parse(read?.grant_payload ?? "null")).toEqual({
          model: "Grant",
          value: grant,
        });
      }),
      { numRuns: 25 },
    );
  });

  it("reads no code, session, grant or account that is not there, and no row for an unknown client", async () => {
    expect(await readAll("client-z", "nowhere")).toBeUndefined();
    const nothing = await readAll("client-a", "nowhere");
    expect(nothing?.oidc_client_id).toBe("client-a");
    for (const column of [
      "code_payload",
      "code_expires_at",
      "code_account_id",
      "code_session_uid",
      "account_id",
      "account_email",
      "session_payload",
      "grant_payload",
    ] as const) {
      expect(nothing?.[column], column).toBeNull();
    }
    await store("AuthorizationCode", "names-nobody", {
      accountId: "carol",
      sessionUid: "no-session",
      grantId: "no-grant",
    });
    const orphan = await readAll("client-a", "names-nobody");
    expect(orphan?.code_account_id).toBe("carol");
    expect([orphan?.account_id, orphan?.session_payload, orphan?.grant_payload]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it("gives a field of the code that is no string as text (handed out for that exact key only: token-read-ahead.ts)", async () => {
    await store("AuthorizationCode", "odd-fields", { accountId: 7, sessionUid: null });
    const odd = await readAll("client-a", "odd-fields");
    expect([odd?.code_account_id, odd?.code_session_uid, odd?.code_grant_id]).toEqual([
      "7",
      null,
      null,
    ]);
  });

  it("reads a code whose payload PostgreSQL cannot turn into text fields, naming nothing beside it", async () => {
    // A NUL or a lone surrogate in any field (a nonce comes from the authorization request)
    // makes PostgreSQL refuse to take a field out of the document; JSON.stringify escapes both.
    for (const [index, nonce] of ["a\u0000b", "\ud800", "x\udc00y"].entries()) {
      const payload = { accountId: "bob", sessionUid: "s", grantId: "g", nonce };
      await store("AuthorizationCode", `escaped-${index}`, payload);
      const read = await readAll("client-a", `escaped-${index}`);
      expect(JSON.parse(read?.code_payload ?? "null")).toEqual(payload);
      expect([read?.code_account_id, read?.account_id, read?.session_payload]).toEqual([
        null,
        null,
        null,
      ]);
    }
  });

  it("spends a code and stores its token in one statement, once, and never for an unknown code", async () => {
    await store("AuthorizationCode", "code-for-token", {});
    const token = (id: string) => ({ id, payload: "{}", grantId: "g", expiresAt: 1 });
    const spend = async (code: string, id: string) =>
      (await db.executeQuery(spendCodeStoringToken(code, Date.now(), token(id)))).numAffectedRows;
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
});
