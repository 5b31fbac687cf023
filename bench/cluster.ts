// Cluster part of `npm run bench`: authenticated session checks (GET /api/me) per CPU-second with
// 1, 2 and 3 instances on one PostgreSQL behind HAProxy, the CPU being the instances' and the
// database's together (HAProxy's shown beside it), so the scaling curve is visible: flat means
// every instance adds capacity at the same cost; falling means the database is the bottleneck.
// Every loop is bounded by a count and a deadline.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startCluster } from "../scripts/cluster/cluster.ts";
import { findHaproxy } from "../scripts/cluster/haproxy.ts";
import { startEmbeddedPostgres } from "../test/fixtures/embedded-postgres.ts";
import { inheritedEnvironment } from "./bench-server.ts";
import { databaseCpuSeconds, postmasterPid, processCpuSeconds } from "./database-cpu.ts";

const email = "cluster.bench@example.com";
const password = "Orchard-Lantern-River-42";
const requestsPerRun = 20_000;
const secondsPerRun = 5;

export async function runClusterBench({ fmt }: { fmt: (value: number) => string }): Promise<void> {
  const haproxy = findHaproxy();
  if (haproxy === undefined) {
    console.log("\nsession checks on a cluster:          skipped (haproxy is not installed)");
    return;
  }
  const postgres = await startEmbeddedPostgres();
  const directory = mkdtempSync(path.join(tmpdir(), "gh-bench-"));
  const environment = {
    GATEHOUSE_MODE: "production",
    GATEHOUSE_LOG_LEVEL: "warn",
    GATEHOUSE_SECRET_KEY: randomBytes(32).toString("base64"),
    GATEHOUSE_DATABASE_URL: postgres.url,
  };
  try {
    const admin = execFile(
      process.execPath,
      ["server/admin/cli.ts", "user", "create", "--email", email, "--first-name", "Bench"].concat([
        "--last-name",
        "Cluster",
        "--password-stdin",
      ]),
      { env: { ...inheritedEnvironment(), ...environment } },
    );
    admin.stdin?.end(`${password}\n`);
    await new Promise((resolve) => admin.once("exit", resolve));
    const postmaster = await postmasterPid(postgres.url);
    console.log(
      `\nsession checks (GET /api/me) on PostgreSQL behind HAProxy, per CPU-second of the instances and the database:`,
    );
    for (const instanceCount of [1, 2, 3]) {
      const cluster = await startCluster({
        instanceCount,
        databaseUrl: postgres.url,
        port: 0,
        environment,
        haproxyBinary: haproxy,
        directory,
        onLog: () => undefined,
      });
      try {
        const url = cluster.url.replace("localhost", "127.0.0.1");
        const agent = new Agent({ keepAlive: true, maxSockets: 64 });
        const cookie = await signIn(url, cluster.url, agent);
        const instancePids = cluster.instances.map((instance) => instance.pid() ?? 0);
        const before = cpu(instancePids, postmaster, cluster.loadBalancer.pid);
        const { count, seconds } = await checkSessions(url, agent, cookie);
        const after = cpu(instancePids, postmaster, cluster.loadBalancer.pid);
        agent.destroy();
        const serving = after.instances - before.instances + (after.database - before.database);
        console.log(
          `  ${instanceCount} instance(s): ${fmt(count / serving)} req per CPU-second ` +
            `(${fmt(count / seconds)}/s; instances ${(after.instances - before.instances).toFixed(1)} CPU-s, ` +
            `database ${(after.database - before.database).toFixed(1)}, HAProxy ${(after.haproxy - before.haproxy).toFixed(1)}; ${count} requests)`,
        );
      } finally {
        await cluster.stop();
      }
    }
  } finally {
    await postgres.remove();
    rmSync(directory, { recursive: true, force: true });
  }
}

/** CPU seconds so far: the instances, the database (bench/database-cpu.ts), HAProxy. */
function cpu(instancePids: number[], postmaster: number | undefined, haproxy: number | undefined) {
  return {
    instances: instancePids.reduce((sum, pid) => sum + processCpuSeconds(pid), 0),
    database: databaseCpuSeconds(postmaster),
    haproxy: haproxy === undefined ? 0 : processCpuSeconds(haproxy),
  };
}

/** Keep-alive GETs, 32 in flight, up to `requestsPerRun` or `secondsPerRun`. */
async function checkSessions(url: string, agent: Agent, cookie: string) {
  const deadline = performance.now() + secondsPerRun * 1000;
  const started = performance.now();
  let count = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (count < requestsPerRun && performance.now() < deadline) {
        count += 1;
        const answer = await call(url, agent, "GET", "/api/me", undefined, { cookie });
        if (answer.status !== 200) {
          throw new Error(`GET /api/me answered ${answer.status}: ${answer.body}`);
        }
      }
    }),
  );
  return { count, seconds: (performance.now() - started) / 1000 };
}

async function signIn(url: string, origin: string, agent: Agent): Promise<string> {
  const headers = { origin };
  const identify = await call(url, agent, "POST", "/api/auth/identify", { email }, headers);
  const flow = identify.cookies.map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await call(
    url,
    agent,
    "POST",
    "/api/auth/password",
    { password },
    {
      ...headers,
      cookie: flow,
    },
  );
  if (answer.status !== 200) {
    throw new Error(`sign-in answered ${answer.status}: ${answer.body}`);
  }
  return answer.cookies.find((one) => one.startsWith("gh_session="))?.split(";")[0] ?? "";
}

function call(
  url: string,
  agent: Agent,
  method: string,
  pathname: string,
  body: object | undefined,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; cookies: string[] }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      `${url}${pathname}`,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(payload === undefined ? {} : { "content-type": "application/json" }),
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
