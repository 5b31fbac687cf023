// Expired rows cost a request nothing (issue 14): every statement a passkey's spent challenge,
// the desktop sign-in's options, a launch from the portal to an OIDC token, the refusals and the sweeps send to a table of
// short-lived rows finds its rows through an index (a key or expires_at), on both databases, so
// however many expired rows wait for the sweep, no request reads them. Checked on each
// statement's query plan: no full scan of such a table (SQLite "SCAN t"; PostgreSQL "Seq Scan
// on t" with sequential scans priced out, so one shows only where no index serves).
import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueDeviceChallenge, verifyDeviceProof } from "../../server/devices/device-proof.ts";
import { recordStepUpFailure } from "../../server/launch/launch-handoffs.ts";
import { sweepExpiredOidcPayloads } from "../../server/oidc/oidc-payload-sweep.ts";
import type { Db } from "../../server/storage/database.ts";
import { isPostgres } from "../../server/storage/dialect.ts";
import { sweepExpiredRows, sweptTables } from "../../server/storage/expiry-sweep.ts";
import { systemRandom } from "../../server/lib/clock.ts";
import { resolveSecretKey } from "../../server/storage/server-key.ts";
import { challengeKeyFrom } from "../../server/webauthn/challenge-seal.ts";
import { takeChallengeWithPasskey } from "../../server/webauthn/challenge-with-passkey.ts";
import {
  consumeWebauthnChallenge,
  issueWebauthnChallenge,
} from "../../server/webauthn/webauthn-challenges.ts";
import { dialects } from "../fixtures/databases.ts";
import {
  addAssignedOidcApp,
  listenOnLocalhost,
  rpRedirectUri,
  type OidcApp,
} from "../fixtures/oidc-apps.ts";
import { SsoBrowser } from "../fixtures/sso-browser.ts";
import {
  createTestUser,
  setPolicy,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

const shortLived = [...sweptTables.map(({ table }) => table), "oidc_payloads"];
const naming = new RegExp(`"(${shortLived.join("|")})"`, "g");

/** The plan lines of one statement, its parameters left unbound (a generic plan). */
async function planOf(db: Db, statement: string): Promise<string[]> {
  if (!isPostgres(db)) {
    const { rows } = await sql<{
      detail: string;
    }>`explain query plan ${sql.raw(statement)}`.execute(db);
    return rows.map((row) => row.detail);
  }
  const parameters = Math.max(0, ...[...statement.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  const values = Array.from({ length: parameters }, () => "null").join(", ");
  return db.connection().execute(async (connection) => {
    await sql`set enable_seqscan = off`.execute(connection);
    await sql`set plan_cache_mode = force_generic_plan`.execute(connection);
    await sql.raw(`prepare planned as ${statement}`).execute(connection);
    try {
      const { rows } = await sql
        .raw<{ "QUERY PLAN": string }>(
          `explain execute planned${parameters > 0 ? `(${values})` : ""}`,
        )
        .execute(connection);
      return rows.map((row) => row["QUERY PLAN"]);
    } finally {
      await sql`deallocate planned`.execute(connection);
      await sql`reset enable_seqscan`.execute(connection);
      await sql`reset plan_cache_mode`.execute(connection);
    }
  });
}

function scansOf(plan: string[]): string[] {
  return plan.filter((line) =>
    shortLived.some((table) =>
      new RegExp(`^\\s*(->\\s*)?(SCAN ${table}\\b|Seq Scan on ${table}\\b)`).test(line),
    ),
  );
}

for (const dialect of dialects) {
  describe(`statements on short-lived rows on ${dialect}`, () => {
    const sent = new Set<string>();
    let server: TestServer;
    let origin: string;
    let alice: TestUser;
    let app: OidcApp;

    beforeAll(async () => {
      server = await startTestServer(dialect, {
        config: { publicUrl: undefined },
        onStatement: (statement) => sent.add(statement),
      });
      origin = await listenOnLocalhost(server);
      await setPolicy(server, "deviceLogin", { mode: "on" });
      alice = await createTestUser(server);
      app = await addAssignedOidcApp(server, {
        name: "Planned RP",
        confidential: true,
        users: [alice],
      });
    });
    afterAll(() => server.close());

    /** Sign-in options, a device challenge and a launch to a token, as the browser and RP send them. */
    async function signInOptionsAndLaunch(): Promise<void> {
      const browser = new SsoBrowser(origin);
      for (const path of ["/api/device-login/options", "/api/devices/challenge"]) {
        expect((await browser.request(path, { json: {} })).status).toBe(200);
      }
      await browser.signIn(alice.email, alice.password);
      const launch = await browser.request(`/api/apps/${app.appId}/launch`, { json: {} });
      const ticketPage = (JSON.parse(launch.body) as { url: string }).url;
      expect((await browser.request(ticketPage)).status).toBe(303);
      // The spent ticket again: refused, by its key.
      expect((await browser.request(ticketPage)).status).not.toBe(303);
      const verifier = randomBytes(32).toString("base64url");
      const authorize = new URL(`${origin}/oidc/auth`);
      authorize.search = new URLSearchParams({
        client_id: app.clientId,
        response_type: "code",
        redirect_uri: rpRedirectUri,
        scope: "openid email",
        code_challenge: createHash("sha256").update(verifier).digest("base64url"),
        code_challenge_method: "S256",
      }).toString();
      const landed = await browser.follow(authorize.href);
      const code = new URL(landed.location ?? origin).searchParams.get("code");
      expect(code).not.toBeNull();
      const token = await fetch(`${origin}/oidc/token`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${app.clientId}:${app.secret ?? ""}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code: code ?? "",
          redirect_uri: rpRedirectUri,
          code_verifier: verifier,
        }).toString(),
      });
      expect(token.status).toBe(200);
    }

    it("finds every short-lived row through an index, never by scanning the table", async () => {
      await signInOptionsAndLaunch();
      const { db } = server.context;
      const now = server.clock.now();
      // Challenges spent, then replayed: the record's insert and its conflict, alone and (as an
      // assertion sends it) with the passkey's read.
      const key = challengeKeyFrom(await resolveSecretKey(server.context));
      const binding = { purpose: "authentication" as const, userId: null, sessionId: null, now };
      const issue = () =>
        Buffer.from(issueWebauthnChallenge(key, systemRandom, binding)).toString("base64url");
      const [alone, withPasskey] = [issue(), issue()];
      const taken = { ...binding, challenge: withPasskey, passkeyId: "unknown" };
      for (const expected of [true, false]) {
        expect((await consumeWebauthnChallenge(db, key, alone, binding)) !== undefined).toBe(
          expected,
        );
        expect((await takeChallengeWithPasskey(db, key, taken)) !== undefined).toBe(expected);
      }
      // The refusals a request can meet, and the sweeps themselves.
      // A device challenge this release sealed is spent, then its device is unknown; one it did
      // not seal is looked for among the previous release's stored ones.
      const sealed = await issueDeviceChallenge(server.context, now);
      for (const challenge of [sealed, "unknown"]) {
        const proof = { deviceId: "unknown", challenge, signature: "AA" };
        expect((await verifyDeviceProof(server.context, proof, { origin, now })).ok).toBe(false);
      }
      const handoff = { id: "unknown", userId: alice.id, appId: app.appId, failedAttempts: 0 };
      await recordStepUpFailure({ db, clock: server.clock }, handoff);
      await sweepExpiredRows(db, now);
      await sweepExpiredOidcPayloads(db, now);

      // Reads and writes only: the migrations' DDL is in the record too.
      const statements = [...sent].filter(
        (statement) =>
          /^\s*(select|insert|update|delete|with)\b/i.test(statement) &&
          statement.match(naming) !== null,
      );
      const tablesSeen = new Set(
        statements.flatMap((statement) => [...statement.matchAll(naming)].map((m) => m[1])),
      );
      // The walk above reached every table, or this test would prove nothing about the missing one.
      expect([...tablesSeen].sort()).toEqual([...shortLived].sort());
      const scanning: { statement: string; scans: string[] }[] = [];
      for (const statement of statements) {
        const scans = scansOf(await planOf(db, statement));
        if (scans.length > 0) {
          scanning.push({ statement, scans });
        }
      }
      expect(scanning).toEqual([]);
    });
  });
}
