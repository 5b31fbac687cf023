// PostgreSQL part of `npm run bench`, run when GATEHOUSE_BENCH_POSTGRES_URL names a server (a role
// that may create databases): the same server process on a fresh database there, its figures per
// CPU-second of the server AND the database (postmaster and backends, read from /proc, so the
// database must run on this machine; elsewhere the line says its CPU is not counted). The
// database is dropped afterwards. Every loop is bounded by a count and a deadline.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent } from "node:http";
import pg from "pg";
import { openDatabase } from "../server/storage/database.ts";
import { migrateToLatest } from "../server/storage/migrate.ts";
import { Browser } from "./bench-browser.ts";
import { bounded } from "./bounded.ts";
import { prepareBenchData, signInBenchUser, startBenchServer } from "./bench-server.ts";
import { databaseCpuSeconds, postmasterPid } from "./database-cpu.ts";
import type { FigureLog } from "./figures.ts";
import { cpuSeconds, freePort } from "./http-client.ts";
import { measureMe } from "./me.ts";
import { measureOidcAloneCeiling } from "./oidc-alone-ceiling.ts";
import { oidcCode } from "./oidc-codes.ts";
import { runPasskeyBench } from "./passkeys.ts";
import { redirectUri, type SsoBenchApps } from "./sso-apps.ts";
import { redeemAll } from "./token-request.ts";

const tokenCodes = 600;
const tokenRun = { concurrency: 16, deadlineMs: 20_000 };

export async function runPostgresBench(input: {
  serverUrl: string;
  baseEnvironment: NodeJS.ProcessEnv;
  log: FigureLog;
  /** `--only me,oidc,passkey` with `--postgres-only`: just those figures; all when undefined. */
  only?: ReadonlySet<string>;
  /** The server's extra environment for `--cpu-prof DIR` (bench-server.ts). */
  profiling?: NodeJS.ProcessEnv;
}): Promise<void> {
  const runs = (section: string) => input.only === undefined || input.only.has(section);
  const name = `gatehouse_bench_${randomBytes(6).toString("hex")}`;
  await withClient(input.serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(input.serverUrl);
  url.pathname = `/${name}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const environment = {
    ...input.baseEnvironment,
    GATEHOUSE_PORT: String(port),
    GATEHOUSE_PUBLIC_URL: origin,
    GATEHOUSE_DATABASE_URL: url.href,
  };
  let stopServer = () => Promise.resolve();
  try {
    const setup = openDatabase({ dialect: "postgres", url: url.href });
    await migrateToLatest(setup);
    await setup.destroy();
    const apps = await prepareBenchData(environment);
    const { server, coldStartMs } = await startBenchServer(
      { ...environment, ...input.profiling },
      origin,
      agent,
    );
    stopServer = () => stopProcess(server);
    const postmaster = await postmasterPid(url.href);
    const counted = postmaster === undefined ? "server only: database not on this machine" : "";
    const databaseCpu = () => databaseCpuSeconds(postmaster);
    const serving = () => cpuSeconds(server.pid ?? 0) + databaseCpu();
    const unit = (what: string) => `${what}/(server + database) CPU-s`;
    console.log(
      `\nPostgreSQL (${url.host}), per CPU-second of the server and the database${
        counted === "" ? "" : ` (${counted})`
      }:`,
    );
    input.log.report({ name: "cold start to /readyz, PostgreSQL", value: coldStartMs, unit: "ms" });

    const cookie = await signInBenchUser(origin, agent);
    if (runs("me")) {
      const me = await measureMe(origin, agent, cookie, serving);
      input.log.report({
        name: "GET /api/me, 32 connections, PostgreSQL",
        value: me.perServerCpuSecond,
        unit: unit("req"),
      });
    }
    if (runs("oidc")) {
      const browser = () => new Browser(origin, agent, cookie);
      await reportTokens({
        origin,
        agent,
        apps,
        browser,
        serving,
        databaseCpu,
        url: url.href,
        unit,
        log: input.log,
      });
    }
    if (runs("passkey")) {
      await runPasskeyBench({
        origin,
        sessionCookie: await signInBenchUser(origin, agent),
        cpuSeconds: serving,
        log: input.log,
        postgres: true,
      });
    }
  } finally {
    agent.destroy();
    await stopServer();
    await withClient(input.serverUrl, (client) =>
      client.query(`drop database if exists ${name} with (force)`),
    );
  }
}

/** Codes got as a user gets them, then redeemed at the token endpoint beside the ceiling. */
async function reportTokens(run: {
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
  // As on SQLite (bench/sso.ts): codes collected 8 at a time, and one redeemed first to warm
  // the token endpoint up, as the ceiling is (bench/oidc-alone-ceiling.ts).
  const grants = await bounded(8, tokenCodes + 1, 20_000, () =>
    oidcCode(run.browser(), run.origin, run.apps),
  );
  const client = {
    ...run.apps,
    redirectUri,
    tokenUrl: `${run.origin}/oidc/token`,
    agent: run.agent,
  };
  await redeemAll(client, grants.splice(0, 1), { concurrency: 1, deadlineMs: 10_000 });
  const before = run.serving();
  const databaseBefore = run.databaseCpu();
  const redeemed = await redeemAll(client, grants, tokenRun);
  const spent = run.serving() - before;
  const database = run.databaseCpu() - databaseBefore;
  const alone = await measureOidcAloneCeiling({ codes: redeemed, ...tokenRun });
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

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) {
    return Promise.resolve();
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  return exited;
}
