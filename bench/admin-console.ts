// `npm run bench` section for issue 16: the admin console's user search over 10,000 users and an
// audit-log page over 1,000,000 events, timed through the server's own functions on SQLite —
// each beside the bare indexed query it rests on, in the same run. Deep pages are timed too:
// keyset paging makes page 200 cost what page 1 does. Bounded by a count of repetitions.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { searchUsers, type UserCursor } from "../server/admin/user-search.ts";
import { pageAuditEvents } from "../server/audit/audit-query.ts";
import { searchTermsOf } from "../server/lib/search-terms.ts";
import { defaultPolicies } from "../server/schemas/policies.ts";
import { openDatabase, type Db } from "../server/storage/database.ts";
import { migrateToLatest } from "../server/storage/migrate.ts";
import type { NewUser } from "../server/storage/schema.ts";
import { emptyProfile } from "../server/storage/users.ts";

const userCount = 10_000;
const eventCount = 1_000_000;
const repetitions = 200;
const now = Date.UTC(2026, 10, 30);
const firstNames = [
  "Alex",
  "Sam",
  "Priya",
  "Chris",
  "Dana",
  "Morgan",
  "Ivy",
  "Zoë",
  "Omar",
  "Lena",
];
const lastNames = ["Morgan", "Okafor", "Shah", "Park", "Ito", "Nowak", "Nguyen", "Rivera", "Chen"];
const departments = ["Finance", "Platform Engineering", "Sales", "Legal", "Support", "Design"];

export async function runAdminConsoleBench(): Promise<void> {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-bench-console-"));
  const db = openDatabase({ dialect: "sqlite", path: path.join(directory, "console.db") });
  try {
    await migrateToLatest(db);
    const userIds = await seedUsers(db);
    await seedEvents(db, userIds);
    const context = { now, password: defaultPolicies.password };
    console.log(`\nAdmin console (SQLite, ${userCount} users, ${eventCount} audit events)`);

    report(
      "user search “morg fin”, page 1",
      await median(() => searchUsers(db, { query: "morg fin", limit: 25 }, context)),
    );
    const deep = await cursorAt(db, 200);
    report(
      "user list, page 200 of 25",
      await median(() => searchUsers(db, { limit: 25, after: deep }, context)),
    );
    report(
      "  raw: indexed name-ordered page",
      await median(() =>
        sql`select id from users order by lower(display_name), id limit 26`.execute(db),
      ),
    );
    report(
      "  raw: one search word's range",
      await median(() =>
        sql`select user_id from user_search_terms where term >= 'morg' and term < ${"morg\u{10FFFF}"}`.execute(
          db,
        ),
      ),
    );

    const person = userIds[42] ?? "";
    report(
      "audit log, newest page of 50",
      await median(() => pageAuditEvents(db, {}, { limit: 50 })),
    );
    report(
      "audit log, one person's page of 50",
      await median(() => pageAuditEvents(db, { personId: person }, { limit: 50 })),
    );
    report(
      "audit log, page 50 cursor deep",
      await median(() =>
        pageAuditEvents(db, {}, { limit: 50, after: { at: now - 500_000, id: "m" } }),
      ),
    );
    report(
      "  raw: indexed newest 51 events",
      await median(() =>
        sql`select * from audit_events order by at desc, id desc limit 51`.execute(db),
      ),
    );
  } finally {
    await db.destroy();
    rmSync(directory, { recursive: true, force: true });
  }
}

async function seedUsers(db: Db): Promise<string[]> {
  await db
    .insertInto("organizations")
    .values({ id: "org", name: "Bench", created_at: now })
    .execute();
  const ids: string[] = [];
  for (let start = 0; start < userCount; start += 500) {
    const batch: NewUser[] = Array.from(
      { length: Math.min(500, userCount - start) },
      (_, offset) => {
        const index = start + offset;
        const first = firstNames[index % firstNames.length] ?? "Alex";
        const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length] ?? "Park";
        const id = randomUUID();
        ids.push(id);
        return {
          id,
          organization_id: "org",
          email: `${first}.${last}.${index}@example.com`.toLowerCase(),
          username: `user${index}`,
          first_name: first,
          last_name: last,
          display_name: `${first} ${last}`,
          role: "user",
          status: "active",
          password_hash: null,
          ...emptyProfile,
          department: departments[index % departments.length] ?? null,
          employee_id: `E-${10_000 + index}`,
          created_at: now,
          updated_at: now,
        };
      },
    );
    await db.transaction().execute(async (transaction) => {
      await transaction.insertInto("users").values(batch).execute();
      const terms = batch.flatMap((user) =>
        searchTermsOf({
          ...user,
          employee_id: user.employee_id ?? null,
          department: user.department ?? null,
        }).map((term) => ({ term, user_id: user.id })),
      );
      for (let from = 0; from < terms.length; from += 2000) {
        await transaction
          .insertInto("user_search_terms")
          .values(terms.slice(from, from + 2000))
          .execute();
      }
    });
  }
  return ids;
}

async function seedEvents(db: Db, userIds: string[]): Promise<void> {
  const names = ["sign_in.succeeded", "sign_in.failed", "profile.changed", "account.unlocked"];
  for (let start = 0; start < eventCount; start += 5000) {
    await db.transaction().execute(async (transaction) => {
      for (let from = start; from < start + 5000; from += 1000) {
        await transaction
          .insertInto("audit_events")
          .values(
            Array.from({ length: 1000 }, (_, offset) => {
              const index = from + offset;
              return {
                id: randomUUID(),
                at: now - (eventCount - index),
                event: names[index % names.length] ?? "sign_in.succeeded",
                reason: null,
                actor_id: index % 7 === 0 ? (userIds[0] ?? null) : null,
                target_id: userIds[index % userIds.length] ?? null,
                target_email: null,
                ip: "127.0.0.1",
                user_agent: null,
                details: null,
              };
            }),
          )
          .execute();
      }
    });
  }
}

/** Where page `page` of the name-ordered list starts. */
async function cursorAt(db: Db, page: number): Promise<UserCursor> {
  const row = await sql<{ name: string; id: string }>`
    select lower(display_name) as name, id from users
    order by lower(display_name), id limit 1 offset ${page * 25 - 1}`.execute(db);
  const found = row.rows[0];
  return { name: found?.name ?? "", id: found?.id ?? "" };
}

async function median(work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let run = 0; run < repetitions; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length / 2)] ?? 0,
    p99: times[Math.floor(times.length * 0.99)] ?? 0,
  };
}

function report(what: string, { p50, p99 }: { p50: number; p99: number }): void {
  console.log(`  ${what.padEnd(38)} p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
}
