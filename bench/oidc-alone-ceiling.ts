// The OIDC token endpoint's ceiling, measured in the same run: bench/oidc-provider-alone.ts as its
// own process, the same number of codes redeemed the same way, per CPU-second of that process —
// and of the database, when it keeps its entries in PostgreSQL (`postgres`). As many codes as
// Gatehouse's token endpoint redeemed before its measured run (`warmUp`) are redeemed first and
// not counted, so neither figure includes V8 compiling the path and the other's does not.
import { spawn } from "node:child_process";
import { Agent } from "node:http";
import { call, cpuSeconds, freePort, waitUntilAnswering } from "./http-client.ts";
import { aloneClient } from "./oidc-provider-alone.ts";
import { redeemAll, type CodeGrant } from "./token-request.ts";

export type AloneCeiling = { redeemed: number; tokensPerCpuSecond: number };

export async function measureOidcAloneCeiling(options: {
  codes: number;
  /** Codes redeemed first, not counted: as many as Gatehouse's endpoint redeemed first. */
  warmUp: number;
  concurrency: number;
  deadlineMs: number;
  /** Entries in this PostgreSQL database, whose CPU (databaseCpu) is counted too. */
  postgres?: { url: string; databaseCpu: () => number };
}): Promise<AloneCeiling> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["bench/oidc-provider-alone.ts"], {
    env: {
      ...process.env,
      BENCH_ALONE_PORT: String(port),
      ...(options.postgres === undefined ? {} : { BENCH_ALONE_POSTGRES_URL: options.postgres.url }),
    },
    stdio: "inherit",
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  try {
    await waitUntilAnswering(origin, agent, "/.well-known/openid-configuration", 200);
    const grants: CodeGrant[] = [];
    const minted = options.warmUp + options.codes;
    while (grants.length < minted) {
      const count = Math.min(5_000, minted - grants.length);
      const answer = await call(origin, agent, "POST", `/bench/codes?count=${count}`);
      grants.push(...(JSON.parse(answer.body) as CodeGrant[]));
    }
    const client = { ...aloneClient, tokenUrl: `${origin}/token`, agent };
    const run = { concurrency: options.concurrency, deadlineMs: options.deadlineMs };
    await redeemAll(client, grants.splice(0, options.warmUp), run);
    const serving = () => cpuSeconds(child.pid ?? 0) + (options.postgres?.databaseCpu() ?? 0);
    const cpuBefore = serving();
    const redeemed = await redeemAll(client, grants, run);
    const cpu = serving() - cpuBefore;
    return { redeemed, tokensPerCpuSecond: cpu > 0 ? redeemed / cpu : 0 };
  } finally {
    agent.destroy();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
}
