// Cold start in `npm run bench`: the server as the image and the desktop app run it (the bundled
// build, out/server/cli.mjs) to its first ready /readyz, beside the minimal server (bench/
// minimal-me-server.ts) to listening, and the start from sources (`npm run server`) printed with
// them. They start in turns, ABC then CBA…, over the bench's own database, and each figure is
// the median of its starts. Every measured start follows an unmeasured one of the same entry, so
// Node's compile cache is warm, as on any restart of an installed version.
import { spawn } from "node:child_process";
import type { Agent } from "node:http";
import { formatNumber, type FigureLog } from "./figures.ts";
import { freePort, waitUntilAnswering } from "./http-client.ts";
import { median } from "./interleaved-rounds.ts";

/** Measured starts of each kind: 15 starts of about a second or two. */
export const coldStartRounds = 5;

export type StartKind = "bundled" | "sources" | "minimal";

const kinds: readonly StartKind[] = ["bundled", "sources", "minimal"];

/** The order of the measured starts: every kind once per round, the order reversed every other. */
export function coldStartOrder(rounds: number): StartKind[] {
  return Array.from({ length: rounds }, (_, round) =>
    round % 2 === 0 ? [...kinds] : [...kinds].reverse(),
  ).flat();
}

/** Starts `kind` on a free port, times it to its ready answer, and stops it. */
export type StartOnce = (kind: StartKind) => Promise<number>;

/** Each kind's starts in `coldStartOrder`, after one unmeasured start of each; the medians. */
export async function measureColdStarts(
  startOnce: StartOnce,
  rounds: number,
): Promise<Record<StartKind, { medianMs: number; startsMs: number[] }>> {
  for (const kind of kinds) {
    await startOnce(kind);
  }
  const starts: Record<StartKind, number[]> = { bundled: [], sources: [], minimal: [] };
  for (const kind of coldStartOrder(rounds)) {
    starts[kind].push(await startOnce(kind));
  }
  const summary = (kind: StartKind) => ({ medianMs: median(starts[kind]), startsMs: starts[kind] });
  return { bundled: summary("bundled"), sources: summary("sources"), minimal: summary("minimal") };
}

type ColdStarts = Awaited<ReturnType<typeof measureColdStarts>>;

/** The bundled build's figure beside the minimal server's, every start, and the sources' start. */
export function reportColdStarts(starts: ColdStarts, log: FigureLog): void {
  const each = (kind: StartKind) => starts[kind].startsMs.map(formatNumber).join(", ");
  log.report({
    name: "cold start to /readyz (bundled build, as the image and the desktop app run it)",
    value: starts.bundled.medianMs,
    unit: "ms",
    ceiling: {
      value: starts.minimal.medianMs,
      what: "minimal Fastify + node:sqlite to listening",
    },
    goal: "≤ 1,000 ms",
    lowerIsBetter: true,
  });
  console.log(`    starts: bundled ${each("bundled")} ms; minimal ${each("minimal")} ms`);
  console.log(
    `    from sources (npm run server): ${formatNumber(starts.sources.medianMs)} ms (${each("sources")})`,
  );
}

/**
 * The real starts: a Gatehouse instance on the bench's database (drained at once when stopped),
 * or the minimal server on its SQLite file. A start ends at the first answer that says ready.
 */
export function startProcessOnce(input: {
  environment: NodeJS.ProcessEnv;
  databaseFile: string;
  agent: Agent;
}): StartOnce {
  return async (kind) => {
    const port = await freePort();
    // The minimal server listens on 127.0.0.1 only; Gatehouse on localhost, its public origin.
    const origin = `http://${kind === "minimal" ? "127.0.0.1" : "localhost"}:${port}`;
    const entry = {
      bundled: "out/server/cli.mjs",
      sources: "server/cli.ts",
      minimal: "bench/minimal-me-server.ts",
    }[kind];
    const environment =
      kind === "minimal"
        ? { ...process.env, BENCH_DATABASE: input.databaseFile, BENCH_PORT: String(port) }
        : {
            ...input.environment,
            GATEHOUSE_PORT: String(port),
            GATEHOUSE_PUBLIC_URL: origin,
            GATEHOUSE_DRAIN_SECONDS: "0",
          };
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [entry], { env: environment, stdio: "inherit" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      return kind === "minimal"
        ? await waitUntilAnswering(origin, input.agent, "/api/me", 401, spawnedAt)
        : await waitUntilAnswering(origin, input.agent, "/readyz", 200, spawnedAt);
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  };
}
