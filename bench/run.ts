// `npm run bench`: password sign-ins per second per core over HTTP beside the raw argon2id hash
// rate measured in the same run, authenticated GET /api/me per second per core with p99, the
// server's peak RSS during the sign-in run, then TOTP, the admin console's user search and audit
// paging, SSO and passkeys. The server runs as its own process on localhost (SQLite), so its
// memory is measured alone. Every loop is bounded by a count and a deadline.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { hash } from "@node-rs/argon2";
import { passwordHashOptions } from "../server/auth/password.ts";
import { runAdminConsoleBench } from "./admin-console.ts";
import { runPasskeyBench } from "./passkeys.ts";
import { registerSsoBenchApps } from "./sso-apps.ts";
import { runSsoBench } from "./sso.ts";
import { runTotpBench } from "./totp.ts";

const cores = availableParallelism();
const password = "Orchard-Lantern-River-42";
const email = "bench.user@example.com";

type Response = { status: number; body: string; cookies: string[] };

async function main(): Promise<void> {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-bench-"));
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const environment = {
    ...process.env,
    GATEHOUSE_MODE: "production",
    GATEHOUSE_HOST: "localhost",
    GATEHOUSE_PORT: String(port),
    GATEHOUSE_PUBLIC_URL: origin,
    GATEHOUSE_LOG_LEVEL: "warn",
    GATEHOUSE_DATABASE_URL: `sqlite:${path.join(directory, "bench.db")}`,
    GATEHOUSE_SIGNIN_RATE_LIMIT: "100000",
    // Production mode needs the key that seals TOTP secrets; a throwaway one for this run.
    GATEHOUSE_SECRET_KEY: randomBytes(32).toString("base64"),
  };
  const admin = execFile(
    process.execPath,
    [
      "server/admin/cli.ts",
      "user",
      "create",
      "--email",
      email,
      "--first-name",
      "Bench",
      "--last-name",
      "User",
      "--password-stdin",
    ],
    { env: environment },
  );
  admin.stdin?.end(`${password}\n`);
  await promisify((callback: (error: Error | null) => void) =>
    admin.once("exit", (code) =>
      callback(code === 0 ? null : new Error(`admin CLI exited ${code}`)),
    ),
  )();

  await runAdminCli(environment, ["policy", "set", "deviceLogin", "mode=on"]);
  const ssoApps = registerSsoBenchApps(environment, email);

  const server = spawn(process.execPath, ["server/cli.ts"], { env: environment, stdio: "inherit" });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    await waitForHealth(origin, agent);
    console.log(
      `Gatehouse benchmark — ${cores} core(s), Node ${process.version}, SQLite, ${origin}\n`,
    );

    const hashRate = await measureHashRate();
    console.log(
      `argon2id (m=19 MiB, t=2, p=1) raw:   ${fmt(hashRate / cores)} hashes/s/core  (${fmt(hashRate)}/s total)`,
    );

    const signIns = await measureSignIns(origin, agent, server.pid ?? 0);
    const perCore = signIns.rate / cores;
    console.log(
      `password sign-in over HTTP:          ${fmt(perCore)} sign-ins/s/core  (${fmt(signIns.rate)}/s total, ${signIns.count} sign-ins)`,
    );
    console.log(
      `  → ${Math.round((perCore / (hashRate / cores)) * 100)}% of the argon2 ceiling (goal ≥ 60%)`,
    );
    console.log(
      `  peak server RSS during sign-ins:   ${fmt(signIns.peakRssMb)} MiB (from ${fmt(signIns.startRssMb)} MiB)`,
    );

    const cookie = await signIn(origin, agent);
    const cpuBefore = cpuSeconds(server.pid ?? 0);
    const me = await measureMe(origin, agent, cookie);
    const serverCpu = cpuSeconds(server.pid ?? 0) - cpuBefore;
    console.log(
      `GET /api/me (authenticated):         ${fmt(me.rate / cores)} req/s/core  (${fmt(me.rate)}/s total, ${me.count} requests)`,
    );
    // The load generator shares this machine's cores; requests per second of the server's own
    // CPU time is what one core given to the server alone would serve.
    console.log(
      `  per server CPU-second:             ${fmt(me.count / serverCpu)} req/s/core (the server used ${serverCpu.toFixed(1)} CPU-s)`,
    );
    console.log(
      `  latency p50 ${me.p50.toFixed(2)} ms, p99 ${me.p99.toFixed(2)} ms (goal ≥ 10,000/s, p99 ≤ 10 ms)`,
    );

    await runTotpBench({ fmt });

    await runAdminConsoleBench();

    await runSsoBench({
      origin,
      sessionCookie: cookie,
      apps: ssoApps,
      cpuSeconds: () => cpuSeconds(server.pid ?? 0),
      fmt,
    });

    await runPasskeyBench({
      origin,
      sessionCookie: await signIn(origin, agent),
      cpuSeconds: () => cpuSeconds(server.pid ?? 0),
      fmt,
    });
  } finally {
    agent.destroy();
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Hashes with one task per core for up to 3 s or 96 hashes, whichever comes first. */
async function measureHashRate(): Promise<number> {
  const deadline = performance.now() + 3000;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: cores }, async () => {
      while (done < 96 && performance.now() < deadline) {
        await hash(`${password}${done}`, passwordHashOptions);
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

/** Full identify → password sign-ins, 4 in flight per core, up to 200 or 15 s. */
async function measureSignIns(origin: string, agent: Agent, pid: number) {
  const startRssMb = rssMb(pid);
  let peakRssMb = startRssMb;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, rssMb(pid));
  }, 20);
  const deadline = performance.now() + 15_000;
  let count = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: cores * 4 }, async () => {
      while (count < 200 && performance.now() < deadline) {
        count += 1;
        await signIn(origin, agent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { rate: count / seconds, count, startRssMb, peakRssMb };
}

/** Keep-alive GETs, 32 in flight, up to 60,000 requests or 5 s. */
async function measureMe(origin: string, agent: Agent, cookie: string) {
  const latencies: number[] = [];
  const deadline = performance.now() + 5000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (latencies.length < 60_000 && performance.now() < deadline) {
        const begin = performance.now();
        const response = await call(origin, agent, "GET", "/api/me", undefined, cookie);
        if (response.status !== 200) {
          throw new Error(`GET /api/me answered ${response.status}: ${response.body}`);
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0;
  return { rate: latencies.length / seconds, count: latencies.length, p50: at(0.5), p99: at(0.99) };
}

async function signIn(origin: string, agent: Agent): Promise<string> {
  const identify = await call(origin, agent, "POST", "/api/auth/identify", { email });
  const flow = identify.cookies.map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await call(origin, agent, "POST", "/api/auth/password", { password }, flow);
  if (answer.status !== 200) {
    throw new Error(`sign-in answered ${answer.status}: ${answer.body}`);
  }
  const session = answer.cookies.find((cookie) => cookie.startsWith("gh_session="));
  return session?.split(";")[0] ?? "";
}

function call(
  origin: string,
  agent: Agent,
  method: string,
  pathname: string,
  body?: object,
  cookie?: string,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      `${origin}${pathname}`,
      {
        method,
        agent,
        headers: {
          ...(payload === undefined ? {} : { "content-type": "application/json", origin }),
          ...(cookie === undefined ? {} : { cookie }),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({
            status: incoming.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookies: incoming.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

/** Runs one admin CLI command against the bench database before the server starts. */
async function runAdminCli(environment: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, ["server/admin/cli.ts", ...args], {
    env: environment,
  });
}

async function waitForHealth(origin: string, agent: Agent): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await call(origin, agent, "GET", "/readyz")).status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not become ready within 10 s");
}

/** User + system CPU time of a process so far, from /proc (clock ticks are 100 per second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) / 1024;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function fmt(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: value < 100 ? 1 : 0 });
}

await main();
