// The OIDC token endpoint's figures in the PostgreSQL part of `npm run bench` (bench/postgres.ts):
// codes got as a user gets them, redeemed at the token endpoint, beside oidc-provider alone in
// memory, in alternating rounds (bench/token-rounds.ts), and again keeping its entries in the same
// database (bench/postgres-oidc-adapter.ts).
import type { Agent } from "node:http";
import type { Browser } from "./bench-browser.ts";
import { bounded } from "./bounded.ts";
import type { FigureLog } from "./figures.ts";
import {
  listedRounds,
  measureOidcAloneCeiling,
  roundsBesideOidcAlone,
} from "./oidc-alone-ceiling.ts";
import { oidcCode } from "./oidc-codes.ts";
import { redirectUri, type SsoBenchApps } from "./sso-apps.ts";
import { tokenWarmUpCodes } from "./sso.ts";
import { redeemAll } from "./token-request.ts";

/** Codes redeemed in the measured rounds, and the rounds per side, as on SQLite (bench/sso.ts). */
const tokenCodes = 2000;
const tokenRounds = 4;
const tokenRun = { concurrency: 16, deadlineMs: 30_000 };

/** Codes got as a user gets them, then redeemed at the token endpoint beside the ceilings. */
export async function reportTokens(run: {
  origin: string;
  agent: Agent;
  apps: SsoBenchApps;
  /** A fresh browser per code, as in bench/sso.ts: no cookies carried from the last one. */
  browser: () => Browser;
  /** The server's and the database's CPU seconds so far, to the nanosecond. */
  serving: () => number;
  databaseCpu: () => number;
  /** The bench's database, where the second ceiling keeps its entries too. */
  url: string;
  unit: (what: string) => string;
  log: FigureLog;
}): Promise<void> {
  // As on SQLite (bench/sso.ts): codes collected 8 at a time, some redeemed first to warm the
  // token endpoint up, then the rest in rounds taking turns with oidc-provider alone in memory
  // (bench/token-rounds.ts), which first redeems as many codes as the endpoint had.
  const grants = await bounded(8, tokenWarmUpCodes + tokenCodes, 40_000, () =>
    oidcCode(run.browser(), run.origin, run.apps),
  );
  const client = {
    ...run.apps,
    redirectUri,
    tokenUrl: `${run.origin}/oidc/token`,
    agent: run.agent,
  };
  const warmUp = Math.min(tokenWarmUpCodes, grants.length - 1);
  await redeemAll(client, grants.splice(0, warmUp), tokenRun);
  const databaseBefore = run.databaseCpu();
  const servingBefore = run.serving();
  const rounds = await roundsBesideOidcAlone({
    grants,
    redeem: (chunk) => redeemAll(client, chunk, tokenRun),
    cpuSeconds: run.serving,
    warmUp,
    rounds: tokenRounds,
    run: tokenRun,
  });
  const { gatehouse } = rounds;
  // The database's part of what it and the server spent over the rounds (both are all but idle
  // while oidc-provider alone starts, warms up and takes its turns).
  const share = Math.round(
    (100 * (run.databaseCpu() - databaseBefore)) /
      Math.max(run.serving() - servingBefore, Number.EPSILON),
  );
  run.log.report({
    name: "OIDC token endpoint (client auth, PKCE, ES256 ID token), PostgreSQL",
    value: gatehouse.perCpuSecond,
    unit: run.unit("tokens"),
    ceiling: {
      value: rounds.ceiling.perCpuSecond,
      what: `oidc-provider alone on node:http, in-memory adapter, ES256, per its CPU-s; each the median of ${tokenRounds} rounds taken in turn`,
    },
    goal: "ratio ≥ 0.6",
  });
  console.log(`    ${listedRounds(rounds)}; of which the database: ${share}%`);
  // As many codes redeemed by oidc-provider keeping its entries in this database through a plain
  // adapter (bench/postgres-oidc-adapter.ts): the database work a token cannot avoid. One run,
  // counted in whole: it has no goal, and stands beside the rounds' median.
  const withDatabase = await measureOidcAloneCeiling({
    codes: gatehouse.redeemed,
    warmUp,
    ...tokenRun,
    postgres: { url: run.url, databaseCpu: run.databaseCpu },
  });
  run.log.report({
    name: "OIDC token endpoint, PostgreSQL, beside oidc-provider on PostgreSQL",
    value: gatehouse.perCpuSecond,
    unit: run.unit("tokens"),
    ceiling: {
      value: withDatabase.tokensPerCpuSecond,
      what: "oidc-provider alone on node:http, a plain PostgreSQL adapter, ES256, per its and the database's CPU-s",
    },
  });
}
