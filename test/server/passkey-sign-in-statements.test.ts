// The SQL one passkey sign-in costs (issue 14): the options call and the verify call of device
// login, counted statement by statement on both databases, with the verify's writes in one
// transaction (SQLite) or one statement (PostgreSQL). A change that adds a read or a write to
// this path fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects } from "../fixtures/databases.ts";
import { createStatementRecorder, isTransactionControl } from "../fixtures/statement-recorder.ts";
import { createSyntheticAuthenticator } from "../fixtures/synthetic-authenticator.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

/**
 * The tables written outside begin … commit. The challenge is recorded as spent on its own, first:
 * it is spent whatever the outcome (server/webauthn/webauthn-challenges.ts).
 */
function writesOutsideTransaction(statements: string[]): string[] {
  let depth = 0;
  const tables: string[] = [];
  for (const sql of statements) {
    if (/^begin/i.test(sql)) {
      depth += 1;
    } else if (/^(commit|rollback)/i.test(sql)) {
      depth -= 1;
    } else if (depth === 0) {
      const written = /^(?:insert into|update|delete from) "(\w+)"/i.exec(sql);
      if (written?.[1] !== undefined) {
        tables.push(written[1]);
      }
    }
  }
  return tables;
}

/** The tables one statement writes, in the order it names them. */
function tablesWrittenBy(sql: string): string[] {
  return [...sql.matchAll(/(?:insert into|update|delete from) "(\w+)"/gi)].map(
    (match) => match[1] ?? "",
  );
}

for (const dialect of dialects) {
  describe(`passkey sign-in on ${dialect}`, () => {
    const recorder = createStatementRecorder();
    const authenticator = createSyntheticAuthenticator();
    let server: TestServer;
    let userId = "";

    beforeAll(async () => {
      server = await startTestServer(dialect, { onStatement: recorder.onStatement });
      await setPolicy(server, "deviceLogin", { mode: "on" });
      const user = await createTestUser(server);
      userId = user.id;
      const jar = new CookieJar();
      expect((await signIn(server, jar, user)).statusCode).toBe(200);
      const options = await callApi(server, jar, "POST", "/api/device-login/registration/options");
      const challenge = options.json<{ options: { challenge: string } }>().options.challenge;
      const registered = await callApi(
        server,
        jar,
        "POST",
        "/api/device-login/registration/verify",
        {
          response: authenticator.register({ challenge, origin: testOrigin }),
          name: "Counted authenticator",
        },
      );
      expect(registered.statusCode).toBe(200);
    });
    afterAll(() => server.close());

    it("lets one of two assertions with the same counter sign in, and counts the other as a failure", async () => {
      const challenges = await Promise.all(
        [new CookieJar(), new CookieJar()].map(async (jar) => {
          const options = await callApi(server, jar, "POST", "/api/device-login/options");
          return { jar, challenge: options.json<{ options: { challenge: string } }>().options };
        }),
      );
      // A cloned authenticator: both copies report the same next counter (WebAuthn §6.1.1).
      const counter = 1000;
      const answers = await Promise.all(
        challenges.map(({ jar, challenge }) =>
          callApi(server, jar, "POST", "/api/device-login/verify", {
            response: authenticator.assert({
              challenge: challenge.challenge,
              origin: testOrigin,
              counter,
            }),
          }),
        ),
      );
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400]);
      expect(challenges.filter(({ jar }) => jar.get("gh_session") !== undefined)).toHaveLength(1);
      const owner = await server.context.db
        .selectFrom("users")
        .select("failed_attempts")
        .where("id", "=", userId)
        .executeTakeFirstOrThrow();
      expect(owner.failed_attempts).toBe(1);
    });

    it("signs in with as few statements as the database allows, its writes together", async () => {
      for (let round = 0; round < 2; round += 1) {
        const jar = new CookieJar();
        let challenge = "";
        const optionsStatements = await recorder.record(async () => {
          const options = await callApi(server, jar, "POST", "/api/device-login/options");
          challenge = options.json<{ options: { challenge: string } }>().options.challenge;
        });
        const verifyStatements = await recorder.record(async () => {
          const verified = await callApi(server, jar, "POST", "/api/device-login/verify", {
            response: authenticator.assert({ challenge, origin: testOrigin }),
          });
          expect(verified.statusCode).toBe(200);
        });
        expect(jar.get("gh_session")).toBeDefined();
        // Before issue 14: 12 statements, 7 writes each committed on its own.
        // The options write nothing: their challenge is sealed, not stored, and they are not
        // throttled (issue 14). On SQLite the policies' version is read before the kept copy is
        // used (server/policies/policy-store.ts); on PostgreSQL nothing is sent at all.
        expect(optionsStatements).toEqual(
          dialect === "postgres"
            ? []
            : [expect.stringMatching(/^select "version" from "change_versions"/)],
        );
        if (dialect === "postgres") {
          // The rate limit's window, the challenge spent with the passkey and its owner read, and
          // every write of the sign-in in one statement: three round trips, no begin … commit.
          expect(verifyStatements).toHaveLength(3);
          expect(verifyStatements.filter(isTransactionControl)).toEqual([]);
          expect(tablesWrittenBy(verifyStatements[2] ?? "")).toEqual([
            "passkeys",
            "users",
            "sessions",
            "audit_events",
            "webhook_deliveries",
          ]);
        } else {
          expect(verifyStatements.filter((sql) => !isTransactionControl(sql))).toHaveLength(8);
          expect(writesOutsideTransaction(verifyStatements)).toEqual(["spent_webauthn_challenges"]);
        }
      }
    });
  });
}
