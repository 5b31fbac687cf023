// `npm run bench` section: passkey sign-in options latency with 100,000 expired challenges in
// the table beside the same latency with none, measured in the same run. Expired rows are the
// timed sweep's job (server/storage/expiry-sweep.ts), so they must not slow a request down.
import type { Agent } from "node:http";
import { DatabaseSync } from "node:sqlite";
import type { FigureLog } from "./figures.ts";
import { call } from "./http-client.ts";

const expiredRows = 100_000;

/** Median latency of sign-in options requests, one at a time, up to 400 or 4 s. */
async function optionsMedian(origin: string, agent: Agent): Promise<number> {
  const latencies: number[] = [];
  const deadline = performance.now() + 4000;
  while (latencies.length < 400 && performance.now() < deadline) {
    const begin = performance.now();
    const answer = await call(origin, agent, "POST", "/api/device-login/options", {});
    if (answer.status !== 200) {
      throw new Error(`passkey options answered ${answer.status}: ${answer.body}`);
    }
    latencies.push(performance.now() - begin);
  }
  latencies.sort((a, b) => a - b);
  return latencies[Math.floor(latencies.length / 2)] ?? 0;
}

export async function runExpiredRowsBench(input: {
  origin: string;
  agent: Agent;
  databaseFile: string;
  log: FigureLog;
}): Promise<void> {
  const { origin, agent } = input;
  const empty = await optionsMedian(origin, agent);
  const database = new DatabaseSync(input.databaseFile);
  try {
    database.exec("PRAGMA busy_timeout = 5000");
    const insert = database.prepare(
      "insert into webauthn_challenges (challenge, purpose, expires_at) values (?, 'authentication', ?)",
    );
    database.exec("begin");
    for (let index = 0; index < expiredRows; index += 1) {
      insert.run(`bench-expired-${index}`, 1000 + index);
    }
    database.exec("commit");
  } finally {
    database.close();
  }
  const loaded = await optionsMedian(origin, agent);
  console.log("");
  input.log.report({
    name: `passkey options median with ${expiredRows.toLocaleString("en-US")} expired challenges`,
    value: loaded,
    unit: "ms",
    ceiling: { value: empty, what: "the same median with none" },
    goal: "ratio ≥ 0.91 (within 10%)",
    lowerIsBetter: true,
  });
}
