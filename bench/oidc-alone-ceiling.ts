// The OIDC token endpoint's ceiling, measured in the same run: bench/oidc-provider-alone.ts as its
// own process, the same number of codes redeemed the same way, per CPU-second of that process —
// and of the database, when it keeps its entries in PostgreSQL (`postgres`). As many codes as
// Gatehouse's token endpoint redeemed before its measured run (`warmUp`) are redeemed first and
// not counted, so neither figure includes V8 compiling the path and the other's does not.
import { spawn } from "node:child_process";
import { Agent } from "node:http";
import { call, freePort, preciseCpuSeconds, waitUntilAnswering } from "./http-client.ts";
import { aloneClient } from "./oidc-provider-alone.ts";
import { formatNumber } from "./figures.ts";
import { redeemAll, type CodeGrant } from "./token-request.ts";
import { alternateTokenRounds, type TokenRounds } from "./token-rounds.ts";

export type AloneCeiling = { redeemed: number; tokensPerCpuSecond: number };

/** The process running oidc-provider alone, for as long as its caller measures it. */
export type OidcAlone = {
  /** Codes minted by the provider itself, ready to redeem (in batches of up to 5,000). */
  mint(count: number): Promise<CodeGrant[]>;
  redeem(grants: CodeGrant[], run: { concurrency: number; deadlineMs: number }): Promise<number>;
  /** Its CPU seconds so far, and the database's when it keeps its entries in PostgreSQL. */
  cpuSeconds(): number;
  stop(): Promise<void>;
};

export async function startOidcAlone(
  options: { postgres?: { url: string; databaseCpu: () => number } } = {},
): Promise<OidcAlone> {
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
  const stop = async () => {
    agent.destroy();
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  };
  try {
    await waitUntilAnswering(origin, agent, "/.well-known/openid-configuration", 200);
  } catch (error) {
    await stop();
    throw error;
  }
  const client = { ...aloneClient, tokenUrl: `${origin}/token`, agent };
  return {
    async mint(count) {
      const grants: CodeGrant[] = [];
      while (grants.length < count) {
        const batch = Math.min(5_000, count - grants.length);
        const answer = await call(origin, agent, "POST", `/bench/codes?count=${batch}`);
        grants.push(...(JSON.parse(answer.body) as CodeGrant[]));
      }
      return grants;
    },
    redeem: (grants, run) => redeemAll(client, grants, run),
    cpuSeconds: () => preciseCpuSeconds(child.pid ?? 0) + (options.postgres?.databaseCpu() ?? 0),
    stop,
  };
}

/** One uncounted warm-up, then one counted run of `codes` codes. */
export async function measureOidcAloneCeiling(options: {
  codes: number;
  /** Codes redeemed first, not counted: as many as Gatehouse's endpoint redeemed first. */
  warmUp: number;
  concurrency: number;
  deadlineMs: number;
  /** Entries in this PostgreSQL database, whose CPU (databaseCpu) is counted too. */
  postgres?: { url: string; databaseCpu: () => number };
}): Promise<AloneCeiling> {
  const alone = await startOidcAlone({ postgres: options.postgres });
  try {
    const grants = await alone.mint(options.warmUp + options.codes);
    const run = { concurrency: options.concurrency, deadlineMs: options.deadlineMs };
    await alone.redeem(grants.splice(0, options.warmUp), run);
    const cpuBefore = alone.cpuSeconds();
    const redeemed = await alone.redeem(grants, run);
    const cpu = alone.cpuSeconds() - cpuBefore;
    return { redeemed, tokensPerCpuSecond: cpu > 0 ? redeemed / cpu : 0 };
  } finally {
    await alone.stop();
  }
}

/**
 * Gatehouse's codes redeemed in rounds taking turns with oidc-provider alone in memory
 * (bench/token-rounds.ts), which first redeems, uncounted, as many codes as Gatehouse's endpoint
 * redeemed before (`warmUp`), so both are measured warm.
 */
export async function roundsBesideOidcAlone(input: {
  grants: CodeGrant[];
  redeem: (grants: CodeGrant[]) => Promise<number>;
  cpuSeconds: () => number;
  warmUp: number;
  rounds: number;
  run: { concurrency: number; deadlineMs: number };
}): Promise<{ gatehouse: TokenRounds; ceiling: TokenRounds }> {
  const alone = await startOidcAlone();
  try {
    const aloneGrants = await alone.mint(input.warmUp + input.grants.length);
    await alone.redeem(aloneGrants.splice(0, input.warmUp), input.run);
    return await alternateTokenRounds({
      gatehouse: { grants: input.grants, redeem: input.redeem, cpuSeconds: input.cpuSeconds },
      ceiling: {
        grants: aloneGrants,
        redeem: (chunk) => alone.redeem(chunk, input.run),
        cpuSeconds: () => alone.cpuSeconds(),
      },
      rounds: input.rounds,
    });
  } finally {
    await alone.stop();
  }
}

/** Every round of both sides, as the bench prints them under the figure. */
export function listedRounds(rounds: { gatehouse: TokenRounds; ceiling: TokenRounds }): string {
  const listed = (rates: number[]) => rates.map((rate) => formatNumber(rate)).join(", ");
  return `rounds, tokens/CPU-s: Gatehouse ${listed(rounds.gatehouse.rounds)}; oidc-provider alone ${listed(rounds.ceiling.rounds)} (${rounds.gatehouse.redeemed} tokens each)`;
}
