// The OIDC token endpoint's figures in the PostgreSQL part of `npm run bench` (bench/postgres.ts):
// codes got as a user gets them, redeemed at the token endpoint, beside oidc-provider alone in
// memory and again keeping its entries in the same database (bench/postgres-oidc-adapter.ts).
import type { Agent } from "node:http";
import type { Browser } from "./bench-browser.ts";
import { bounded } from "./bounded.ts";
import type { FigureLog } from "./figures.ts";
import { measureOidcAloneCeiling } from "./oidc-alone-ceiling.ts";
import { oidcCode } from "./oidc-codes.ts";
import { redirectUri, type SsoBenchApps } from "./sso-apps.ts";
import { tokenWarmUpCodes } from "./sso.ts";
import { redeemAll } from "./token-request.ts";

const tokenCodes = 600;
const tokenRun = { concurrency: 16, deadlineMs: 20_000 };

/** Codes got as a user gets them, then redeemed at the token endpoint beside the ceiling. */
export async function reportTokens(run: {
  origin: string;
  agent: Agent;
  apps: SsoBenchApps;
  /** A fresh browser per code, as in bench/sso.ts: no cookies carried from the last one. */
  browser: () => Browser;
  serving: () => number;
  databaseCpu: () => number;
  /** The bench's database, where the second ceiling keeps its entries too. */
  url: string;
  unit: (what: string) => string;
  log: FigureLog;
}): Promise<void> {
  // As on SQLite (bench/sso.ts): codes collected 8 at a time, and some redeemed first to warm
  // the token endpoint up, as many as the ceilings redeem first (bench/oidc-alone-ceiling.ts).
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
  const before = run.serving();
  const databaseBefore = run.databaseCpu();
  const redeemed = await redeemAll(client, grants, tokenRun);
  const spent = run.serving() - before;
  const database = run.databaseCpu() - databaseBefore;
  const alone = await measureOidcAloneCeiling({ codes: redeemed, warmUp, ...tokenRun });
  run.log.report({
    name: "OIDC token endpoint (client auth, PKCE, ES256 ID token), PostgreSQL",
    value: redeemed / spent,
    unit: run.unit("tokens"),
    ceiling: {
      value: alone.tokensPerCpuSecond,
      what: "oidc-provider alone on node:http, in-memory adapter, ES256, per its CPU-s",
    },
    goal: "ratio ≥ 0.6",
  });
  // The same codes' worth redeemed by oidc-provider keeping its entries in this database through
  // a plain adapter (bench/postgres-oidc-adapter.ts): the database work a token cannot avoid.
  const withDatabase = await measureOidcAloneCeiling({
    codes: redeemed,
    warmUp,
    ...tokenRun,
    postgres: { url: run.url, databaseCpu: run.databaseCpu },
  });
  run.log.report({
    name: "OIDC token endpoint, PostgreSQL, beside oidc-provider on PostgreSQL",
    value: redeemed / spent,
    unit: run.unit("tokens"),
    ceiling: {
      value: withDatabase.tokensPerCpuSecond,
      what: "oidc-provider alone on node:http, a plain PostgreSQL adapter, ES256, per its and the database's CPU-s",
    },
  });
  const share = spent > 0 ? Math.round((100 * database) / spent) : 0;
  console.log(`    of which the database: ${share}% (${redeemed} tokens)`);
}
