// `npm run bench [-- --json FILE]`: each figure beside a ceiling measured in the same run (see
// bench/figures.ts). Server figures are per CPU-second of the server process itself, read from
// /proc, never throughput divided by the machine's cores: the load generator shares the cores.
// The server runs as its own process on localhost (SQLite); with GATEHOUSE_BENCH_POSTGRES_URL
// set, again on PostgreSQL (bench/postgres.ts; `-- --postgres-only` runs just that part). Every
// loop is bounded by a count and a deadline. Last, session checks per CPU-second on a cluster of
// 1, 2 and 3 instances (bench/cluster.ts). The admin console's user search and audit paging run
// on their own database (bench/admin-console.ts). `-- --only start,oidc,passkey,expired` runs just
// those figures, on SQLite or (with --postgres-only) on PostgreSQL; `-- --cpu-prof DIR` profiles
// the servers.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent } from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { passwordHashOptions } from "../server/auth/password.ts";
import { runAdminConsoleBench } from "./admin-console.ts";
import {
  benchUser,
  inheritedEnvironment,
  prepareBenchData,
  profilingEnvironment,
  signInBenchUser,
  startBenchServer,
} from "./bench-server.ts";
import { runClusterBench } from "./cluster.ts";
import {
  coldStartRounds,
  measureColdStarts,
  reportColdStarts,
  startProcessOnce,
} from "./cold-start.ts";
import { openDatabase } from "../server/storage/database.ts";
import { migrateToLatest } from "../server/storage/migrate.ts";
import { runExpiredRowsBench } from "./expired-rows.ts";
import {
  cpuProfileArgument,
  FigureLog,
  formatNumber as fmt,
  jsonFileArgument,
  onlyArgument,
} from "./figures.ts";
import { call, cpuSeconds, freePort, preciseCpuSeconds, rssMb } from "./http-client.ts";
import { runLoginLcpBench } from "./login-lcp.ts";
import { reportMe, startMinimalServer } from "./me.ts";
import { runPasskeyBench } from "./passkeys.ts";
import { runPostgresBench } from "./postgres.ts";
import { runPushBench } from "./push.ts";
import { runPortalBench } from "./portal.ts";
import { runSessionLookupBench } from "./session-lookup.ts";
import { runSsoBench } from "./sso.ts";
import { runTotpBench } from "./totp.ts";

const cores = availableParallelism();
const { password } = benchUser;

async function main(): Promise<void> {
  const jsonFile = jsonFileArgument(process.argv.slice(2));
  // `-- --only me,oidc,passkey`: just those figures beside their ceilings, for iterating.
  const only = onlyArgument(process.argv.slice(2));
  // `-- --cpu-prof DIR`: the bench's servers write a V8 CPU profile into DIR when they stop.
  const profileDirectory = cpuProfileArgument(process.argv.slice(2));
  const profiling = profilingEnvironment(profileDirectory);
  const log = new FigureLog();
  const postgresUrl = process.env.GATEHOUSE_BENCH_POSTGRES_URL;
  // `-- --postgres-only --only passkey`: those figures on PostgreSQL alone.
  const runOnPostgres = (serverUrl: string) =>
    runPostgresBench({ serverUrl, baseEnvironment: baseEnvironment(), log, only, profiling });
  if (process.argv.includes("--postgres-only")) {
    if (postgresUrl === undefined) {
      throw new Error("--postgres-only needs GATEHOUSE_BENCH_POSTGRES_URL");
    }
    await runOnPostgres(postgresUrl);
    log.finish(jsonFile);
    return;
  }
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-bench-"));
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const databaseFile = path.join(directory, "bench.db");
  const environment = {
    ...baseEnvironment(),
    GATEHOUSE_PORT: String(port),
    GATEHOUSE_PUBLIC_URL: origin,
    GATEHOUSE_DATABASE_URL: `sqlite:${databaseFile}`,
  };
  // The admin CLI only opens a database the server created; create it as the server would.
  const database = { dialect: "sqlite", path: databaseFile } as const;
  const setup = openDatabase(database);
  await migrateToLatest(setup);
  await setup.destroy();
  const ssoApps = await prepareBenchData(environment);

  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  // Before the bench server starts, so nothing else runs beside them.
  const coldStarts =
    only === undefined || only.has("start")
      ? await measureColdStarts(
          startProcessOnce({ environment, databaseFile, agent }),
          coldStartRounds,
        )
      : undefined;
  const { server } = await startBenchServer({ ...environment, ...profiling }, origin, agent);
  const serverCpu = () => cpuSeconds(server.pid ?? 0);
  // The token endpoint's rounds are short: read them to the nanosecond (bench/token-rounds.ts).
  const tokenCpu = () => preciseCpuSeconds(server.pid ?? 0);
  const children: ChildProcess[] = [server];
  try {
    console.log(
      `Gatehouse benchmark — ${cores} core(s), Node ${process.version}, SQLite, ${origin}`,
    );
    console.log("Ratios compare figures of this run; absolute numbers depend on the machine.\n");

    if (only !== undefined) {
      if (coldStarts !== undefined) {
        reportColdStarts(coldStarts, log);
      }
      if (only.has("me")) {
        await runSessionLookupBench(log, { calls: 20_000, deadlineMs: 3000 });
        const cookie = await signInBenchUser(origin, agent);
        const first = await call(origin, agent, "GET", "/api/me", undefined, cookie);
        const minimal = await startMinimalServer({
          database: { file: databaseFile },
          agent,
          children,
          sent: first.headers,
          profiling,
        });
        const cpu = { server: serverCpu, minimal: () => cpuSeconds(minimal.pid) };
        await reportMe({ origin, cookie, cpu, minimal, log });
      }
      if (only.has("oidc")) {
        const cookie = await signInBenchUser(origin, agent);
        await runSsoBench({
          origin,
          sessionCookie: cookie,
          apps: ssoApps,
          cpuSeconds: tokenCpu,
          log,
        });
      }
      if (only.has("expired")) {
        const sessionCookie = await signInBenchUser(origin, agent);
        await runExpiredRowsBench({ origin, agent, database, apps: ssoApps, sessionCookie, log });
      }
      if (only.has("passkey")) {
        await runPasskeyBench({
          origin,
          sessionCookie: await signInBenchUser(origin, agent),
          cpuSeconds: serverCpu,
          log,
        });
      }
      log.finish(jsonFile);
      return;
    }
    const argon2 = await measureHashRate();
    const signIns = await measureSignIns(origin, agent, server.pid ?? 0);
    log.report({
      name: "password sign-in over HTTP",
      value: signIns.perServerCpuSecond,
      unit: "sign-ins/server CPU-s",
      ceiling: { value: argon2, what: "raw argon2id m=19 MiB t=2 p=1, hashes per CPU-s" },
      goal: "ratio ≥ 0.6",
    });
    console.log(
      `    peak server RSS during sign-ins: ${fmt(signIns.peakRssMb)} MiB (from ${fmt(signIns.startRssMb)} MiB)`,
    );

    await runSessionLookupBench(log, { calls: 20_000, deadlineMs: 3000 });

    const cookie = await signInBenchUser(origin, agent);
    const first = await call(origin, agent, "GET", "/api/me", undefined, cookie);
    const minimal = await startMinimalServer({
      database: { file: databaseFile },
      agent,
      children,
      sent: first.headers,
    });
    if (coldStarts !== undefined) {
      reportColdStarts(coldStarts, log);
    }

    const cpu = { server: serverCpu, minimal: () => cpuSeconds(minimal.pid) };
    await reportMe({ origin, cookie, cpu, minimal, log });

    await runTotpBench({ fmt });
    await runSsoBench({ origin, sessionCookie: cookie, apps: ssoApps, cpuSeconds: tokenCpu, log });
    await runPasskeyBench({
      origin,
      sessionCookie: await signInBenchUser(origin, agent),
      cpuSeconds: serverCpu,
      log,
    });
    await runExpiredRowsBench({
      origin,
      agent,
      database,
      apps: ssoApps,
      sessionCookie: cookie,
      log,
    });
    await runPortalBench({ origin, agent, log });
    await runLoginLcpBench({ origin, log });
    await runPushBench({ log });
    await runAdminConsoleBench();

    await runClusterBench({ fmt });
    if (postgresUrl !== undefined) {
      await runOnPostgres(postgresUrl);
    } else {
      console.log("\nPostgreSQL figures: skipped (GATEHOUSE_BENCH_POSTGRES_URL is not set)");
    }
  } finally {
    agent.destroy();
    for (const child of children) {
      child.kill("SIGTERM");
    }
    await Promise.all(
      children
        .filter((child) => child.exitCode === null)
        .map((child) => new Promise((resolve) => child.once("exit", resolve))),
    );
    rmSync(directory, { recursive: true, force: true });
  }
  log.finish(jsonFile);
}

/** What every bench server runs with; the port, origin and database are added per server. */
function baseEnvironment(): NodeJS.ProcessEnv {
  return {
    ...inheritedEnvironment(),
    GATEHOUSE_MODE: "production",
    GATEHOUSE_HOST: "localhost",
    GATEHOUSE_LOG_LEVEL: "warn",
    GATEHOUSE_SIGNIN_RATE_LIMIT: "100000",
    // Production mode needs the key that seals TOTP secrets; a throwaway one for this run.
    GATEHOUSE_SECRET_KEY: randomBytes(32).toString("base64"),
  };
}

/** argon2id hashes per CPU-second of this process (the hashing runs on libuv's threads). */
async function measureHashRate(): Promise<number> {
  const deadline = performance.now() + 3000;
  const cpuBefore = process.cpuUsage();
  let done = 0;
  await Promise.all(
    Array.from({ length: cores }, async () => {
      while (done < 96 && performance.now() < deadline) {
        await hash(`${password}${done}`, passwordHashOptions);
        done += 1;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return done / ((cpu.user + cpu.system) / 1e6);
}

/** Full identify → password sign-ins, 4 in flight per core, up to 200 or 15 s. */
async function measureSignIns(origin: string, agent: Agent, pid: number) {
  const startRssMb = rssMb(pid);
  let peakRssMb = startRssMb;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb(pid));
  }, 20);
  const deadline = performance.now() + 15_000;
  const cpuBefore = cpuSeconds(pid);
  let count = 0;
  await Promise.all(
    Array.from({ length: cores * 4 }, async () => {
      while (count < 200 && performance.now() < deadline) {
        count += 1;
        await signInBenchUser(origin, agent);
      }
    }),
  );
  clearInterval(sampler);
  return { perServerCpuSecond: count / (cpuSeconds(pid) - cpuBefore), startRssMb, peakRssMb };
}

await main();
