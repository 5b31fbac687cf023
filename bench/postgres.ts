// PostgreSQL part of `npm run bench`, run when GATEHOUSE_BENCH_POSTGRES_URL names a server (a role
// that may create databases): the same server process on a fresh database there, its figures per
// CPU-second of the server AND the database (postmaster and backends, read from /proc, so the
// database must run on this machine; elsewhere the line says its CPU is not counted). GET /api/me
// stands beside the minimal server (bench/minimal-me-server.ts) with one `pg` query against the
// same database, counted the same way. The database is dropped afterwards. Every loop is bounded
// by a count and a deadline.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent } from "node:http";
import pg from "pg";
import { openDatabase } from "../server/storage/database.ts";
import { migrateToLatest } from "../server/storage/migrate.ts";
import { Browser } from "./bench-browser.ts";
import { prepareBenchData, signInBenchUser, startBenchServer } from "./bench-server.ts";
import { databaseCpuSeconds, postmasterPid } from "./database-cpu.ts";
import { runExpiredRowsBench } from "./expired-rows.ts";
import type { FigureLog } from "./figures.ts";
import { call, freePort, preciseCpuSeconds } from "./http-client.ts";
import { reportMe, startMinimalServer } from "./me.ts";
import { runPasskeyBench } from "./passkeys.ts";
import { reportTokens } from "./postgres-tokens.ts";

export async function runPostgresBench(input: {
  serverUrl: string;
  baseEnvironment: NodeJS.ProcessEnv;
  log: FigureLog;
  /** `--only`: the sections to run (me, oidc, passkey, expired), or undefined for all of them. */
  only?: ReadonlySet<string> | undefined;
  /** `--cpu-prof DIR` (bench/bench-server.ts): the servers' profiling options. */
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
  const children: ChildProcess[] = [];
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
    children.push(server);
    const postmaster = await postmasterPid(url.href);
    const counted = postmaster === undefined ? "server only: database not on this machine" : "";
    const databaseCpu = () => databaseCpuSeconds(postmaster);
    const serving = () => preciseCpuSeconds(server.pid ?? 0) + databaseCpu();
    const unit = (what: string) => `${what}/(server + database) CPU-s`;
    console.log(
      `\nPostgreSQL (${url.host}), per CPU-second of the server and the database${
        counted === "" ? "" : ` (${counted})`
      }:`,
    );
    input.log.report({
      name: "cold start to /readyz from sources (npm run server), PostgreSQL",
      value: coldStartMs,
      unit: "ms",
    });

    const cookie = await signInBenchUser(origin, agent);
    if (runs("me")) {
      const first = await call(origin, agent, "GET", "/api/me", undefined, cookie);
      const minimal = await startMinimalServer({
        database: { url: url.href },
        agent,
        children,
        sent: first.headers,
        profiling: input.profiling,
      });
      const cpu = {
        server: serving,
        minimal: () => preciseCpuSeconds(minimal.pid) + databaseCpu(),
        database: databaseCpu,
      };
      await reportMe({ origin, cookie, cpu, minimal, log: input.log, postgres: true });
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
      const sessionCookie = await signInBenchUser(origin, agent);
      const databaseBefore = databaseCpu();
      const servingBefore = serving();
      await runPasskeyBench({
        origin,
        sessionCookie,
        cpuSeconds: serving,
        log: input.log,
        postgres: true,
      });
      // Where the sign-ins' CPU went: the share the database's processes took.
      const share = (databaseCpu() - databaseBefore) / (serving() - servingBefore);
      console.log(`    of which the database: ${Math.round(share * 100)}% of the CPU time`);
    }
    if (runs("expired")) {
      await runExpiredRowsBench({
        origin,
        agent,
        database: { dialect: "postgres", url: url.href },
        apps,
        sessionCookie: await signInBenchUser(origin, agent),
        log: input.log,
        suffix: ", PostgreSQL",
      });
    }
  } finally {
    agent.destroy();
    await Promise.all(children.map(stopProcess));
    await withClient(input.serverUrl, (client) =>
      client.query(`drop database if exists ${name} with (force)`),
    );
  }
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
