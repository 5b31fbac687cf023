// `npm run bench` section: the session check every authenticated request makes
// (server/auth/session.ts checkSessionToken on node:sqlite, policies kept in memory as the server
// keeps them, behind the version read on every check)
// beside one prepared node:sqlite statement doing the same lookup by hand, and the plain
// session⋈user join with a bound id beside the materialized-CTE shape the server uses (Node 24's
// SQLite re-prepared the plain join on every execution). Rates are per CPU-second of this
// process. Every loop is bounded by a count and a deadline.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { checkSessionToken, createSession } from "../server/auth/session.ts";
import { createManualClock, systemRandom } from "../server/lib/clock.ts";
import { cachePoliciesOf } from "../server/policies/policy-store.ts";
import { topicVersionReader } from "../server/storage/change-channel.ts";
import { changeTopics } from "../server/storage/change-topics.ts";
import { openDatabase } from "../server/storage/database.ts";
import { migrateToLatest } from "../server/storage/migrate.ts";
import { emptyProfile, insertUser } from "../server/storage/users.ts";
import type { FigureLog } from "./figures.ts";

export type Bounds = { calls: number; deadlineMs: number };

const plainJoin = `select "users".*, "sessions"."secret_hash" as "session_secret_hash"
  from "sessions" inner join "users" on "users"."id" = "sessions"."user_id"
  where "sessions"."id" = ?`;
const materializedCte = `with "session_row" as materialized (select * from "sessions" where "id" = ?)
  select "users".*, "session_row"."secret_hash" as "session_secret_hash"
  from "session_row" inner join "users" on "users"."id" = "session_row"."user_id"`;

/** Runs `once` up to `bounds.calls` times or until the deadline; calls per CPU-second. */
export async function callsPerCpuSecond(
  bounds: Bounds,
  once: (index: number) => unknown,
): Promise<{ rate: number; calls: number }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let calls = 0;
  while (calls < bounds.calls && performance.now() - started < bounds.deadlineMs) {
    await once(calls);
    calls += 1;
  }
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = Math.max((cpu.user + cpu.system) / 1e6, 1e-6);
  return { rate: calls / seconds, calls };
}

export async function measureSessionLookups(bounds: Bounds) {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-bench-session-"));
  const file = path.join(directory, "sessions.db");
  const db = openDatabase({ dialect: "sqlite", path: file });
  try {
    await migrateToLatest(db);
    const clock = createManualClock();
    await db
      .insertInto("organizations")
      .values({ id: "org", name: "Bench", created_at: 1 })
      .execute();
    const tokens: string[] = [];
    const ids: string[] = [];
    // Many sessions, so the lookups walk a real index rather than a one-row table.
    for (let index = 0; index < 200; index += 1) {
      const userId = randomUUID();
      await insertUser(db, {
        ...emptyProfile,
        id: userId,
        organization_id: "org",
        email: `bench.${index}@example.com`,
        username: `bench.${index}`,
        first_name: "Bench",
        last_name: String(index),
        display_name: `Bench ${index}`,
        role: "user",
        status: "active",
        password_hash: null,
        created_at: 1,
        updated_at: 1,
      });
      const { token, session } = await createSession({ db, clock, random: systemRandom }, userId, {
        ip: null,
        userAgent: null,
      });
      tokens.push(token);
      ids.push(session.id);
    }
    // As server/app.ts does on SQLite: nobody announces changes here, so the version decides.
    cachePoliciesOf(db, {
      subscribe: () => () => undefined,
      readVersion: topicVersionReader(db, changeTopics.policies),
    });
    const pick = <T>(list: T[], index: number) => list[index % list.length] as T;
    const context = { db, clock };
    const server = await callsPerCpuSecond(bounds, async (index) => {
      if ((await checkSessionToken(context, pick(tokens, index))).status !== "valid") {
        throw new Error("the bench session did not validate");
      }
    });
    const raw = new DatabaseSync(file, { readOnly: true });
    try {
      const run = (sql: string) => {
        const statement = raw.prepare(sql);
        return callsPerCpuSecond(bounds, (index) => {
          if (statement.get(pick(ids, index)) === undefined) {
            throw new Error("the bench session was not found");
          }
        });
      };
      return { server, join: await run(plainJoin), cte: await run(materializedCte) };
    } finally {
      raw.close();
    }
  } finally {
    await db.destroy();
    rmSync(directory, { recursive: true, force: true });
  }
}

export async function runSessionLookupBench(log: FigureLog, bounds: Bounds): Promise<void> {
  const measured = await measureSessionLookups(bounds);
  log.report({
    name: "session check (checkSessionToken, node:sqlite)",
    value: measured.server.rate,
    unit: "checks/CPU-s",
    ceiling: {
      value: measured.cte.rate,
      what: "the same lookup as one prepared node:sqlite statement",
    },
  });
  log.report({
    name: "plain session⋈user join with a bound id (node:sqlite)",
    value: measured.join.rate,
    unit: "lookups/CPU-s",
    ceiling: { value: measured.cte.rate, what: "the materialized-CTE shape the server uses" },
  });
}
