// What every bench server needs before it starts, on SQLite or PostgreSQL: the bench user (with
// the admin CLI, password on stdin), device login turned on, and the SSO bench apps; then the
// server as its own process, timed from spawn to its first ready answer.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import type { Agent } from "node:http";
import { setTimeout } from "node:timers/promises";
import { promisify } from "node:util";
import { call, preciseCpuSeconds, waitUntilAnswering } from "./http-client.ts";
import { waitUntilSettled } from "./settle.ts";
import { registerSsoBenchApps, type SsoBenchApps } from "./sso-apps.ts";

export const benchUser = { email: "bench.user@example.com", password: "Orchard-Lantern-River-42" };

/**
 * This process's environment without the bench's own settings (GATEHOUSE_BENCH_*): a server or
 * admin CLI it starts would warn that they are not server settings.
 */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("GATEHOUSE_BENCH_")),
  );
}

/** Node's own --cpu-prof for a bench server process; nothing when no directory was given. */
export function profilingEnvironment(directory: string | undefined): NodeJS.ProcessEnv {
  return directory === undefined
    ? {}
    : { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --cpu-prof --cpu-prof-dir=${directory}` };
}

/** Creates the bench user, turns device login on and registers the SSO apps, all by the CLI. */
export async function prepareBenchData(environment: NodeJS.ProcessEnv): Promise<SsoBenchApps> {
  const admin = execFile(
    process.execPath,
    ["server/admin/cli.ts", "user", "create", "--email", benchUser.email].concat([
      "--first-name",
      "Bench",
      "--last-name",
      "User",
      "--password-stdin",
    ]),
    { env: environment },
  );
  admin.stdin?.end(`${benchUser.password}\n`);
  await new Promise<void>((resolve, reject) =>
    admin.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`admin CLI exited ${code}`)),
    ),
  );
  await promisify(execFile)(
    process.execPath,
    ["server/admin/cli.ts", "policy", "set", "deviceLogin", "mode=on"],
    { env: environment },
  );
  return registerSsoBenchApps(environment, benchUser.email);
}

/**
 * Spawns `npm run server`'s entry point; resolves once /readyz answers, with the time it took,
 * and the server has finished the start-up work it does after (bench/settle.ts).
 */
export async function startBenchServer(
  environment: NodeJS.ProcessEnv,
  origin: string,
  agent: Agent,
): Promise<{ server: ChildProcess; coldStartMs: number }> {
  const spawnedAt = performance.now();
  const server = spawn(process.execPath, ["server/cli.ts"], { env: environment, stdio: "inherit" });
  const coldStartMs = await waitUntilAnswering(origin, agent, "/readyz", 200, spawnedAt);
  const { settled, waitedMs } = await waitUntilSettled({
    cpuSeconds: () => preciseCpuSeconds(server.pid ?? 0),
    pause: (milliseconds) => setTimeout(milliseconds),
    now: () => performance.now(),
  });
  if (!settled) {
    console.log(
      `(the server was still busy ${Math.round(waitedMs)} ms after /readyz; measuring anyway)`,
    );
  }
  return { server, coldStartMs };
}

/** The bench user's password sign-in by HTTP (identify, then password): its session cookie. */
export async function signInBenchUser(origin: string, agent: Agent): Promise<string> {
  const identify = await call(origin, agent, "POST", "/api/auth/identify", {
    email: benchUser.email,
  });
  const flow = identify.cookies.map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await call(
    origin,
    agent,
    "POST",
    "/api/auth/password",
    { password: benchUser.password },
    flow,
  );
  const session = answer.cookies.find((cookie) => cookie.startsWith("gh_session="));
  if (answer.status !== 200 || session === undefined) {
    throw new Error(`sign-in answered ${answer.status}: ${answer.body}`);
  }
  return session.split(";")[0] ?? "";
}
