// Reading the audit log a page at a time on both databases: every matching event exactly once,
// newest first, however many share a millisecond; filters by person (either side), event,
// category and time; and the data migrations that came with the console (issue 16).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  eachAuditEvent,
  pageAuditEvents,
  type AuditFilter,
} from "../../../server/audit/audit-query.ts";
import { describeAuditEvent } from "../../../server/audit/event-catalogue.ts";
import { readPolicy } from "../../../server/policies/policy-store.ts";
import { openDatabase } from "../../../server/storage/database.ts";
import { migrateTo, migrateToLatest } from "../../../server/storage/migrate.ts";
import type { AuditEvent } from "../../../server/storage/schema.ts";
import { createTestDatabase, dialects } from "../../fixtures/databases.ts";
import { migratedDatabase } from "../../fixtures/migrated-database.ts";

const start = Date.UTC(2026, 10, 1);

/** 60 events over 12 distinct milliseconds, so many share one: the id must break the ties. */
const events: AuditEvent[] = Array.from({ length: 60 }, (_, index) => ({
  id: `e${String(index).padStart(3, "0")}-${(index * 7919) % 101}`,
  at: start + (index % 12) * 1000,
  event: ["sign_in.succeeded", "account.unlocked", "policy.changed"][index % 3] ?? "",
  reason: null,
  actor_id: index % 5 === 0 ? "admin" : null,
  target_id: index % 4 === 0 ? "alex" : "sam",
  target_email: null,
  ip: null,
  user_agent: null,
  details: null,
}));

const newestFirst = (a: AuditEvent, b: AuditEvent) =>
  a.at === b.at ? (a.id < b.id ? 1 : -1) : b.at - a.at;

function expected(filter: AuditFilter): string[] {
  return events
    .filter(
      (event) =>
        (filter.personId === undefined ||
          event.target_id === filter.personId ||
          event.actor_id === filter.personId) &&
        (filter.event === undefined || event.event === filter.event) &&
        (filter.category === undefined ||
          describeAuditEvent(event.event).category === filter.category) &&
        (filter.since === undefined || event.at >= filter.since) &&
        (filter.until === undefined || event.at < filter.until),
    )
    .sort(newestFirst)
    .map((event) => event.id);
}

for (const dialect of dialects) {
  describe(`audit log pages on ${dialect}`, () => {
    const database = migratedDatabase(dialect);

    beforeAll(async () => {
      await database.db.insertInto("audit_events").values(events).execute();
    });

    it("walks every filter in pages of any size: each event once, newest first", async () => {
      const filters = fc.record(
        {
          personId: fc.constantFrom("alex", "sam", "admin", "nobody"),
          event: fc.constantFrom("sign_in.succeeded", "account.unlocked"),
          category: fc.constantFrom("sign_in" as const, "administration" as const),
          since: fc.integer({ min: 0, max: 12 }).map((step) => start + step * 1000),
          until: fc.integer({ min: 0, max: 12 }).map((step) => start + step * 1000),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(filters, fc.integer({ min: 1, max: 25 }), async (filter, limit) => {
          const seen: string[] = [];
          let after: { at: number; id: string } | undefined;
          do {
            const page = await pageAuditEvents(database.db, filter, { limit, after });
            expect(page.events.length).toBeLessThanOrEqual(limit);
            seen.push(...page.events.map((event) => event.id));
            after = page.next;
          } while (after !== undefined);
          expect(seen).toEqual(expected(filter));
        }),
        { numRuns: 30 },
      );
    });

    it("streams an export that stops at its limit", async () => {
      const all: string[] = [];
      for await (const event of eachAuditEvent(database.db, {}, 1000)) {
        all.push(event.id);
      }
      expect(all).toEqual(expected({}));
      const capped: string[] = [];
      for await (const event of eachAuditEvent(database.db, {}, 7)) {
        capped.push(event.id);
      }
      expect(capped).toEqual(expected({}).slice(0, 7));
    });
  });

  describe(`console data migrations on ${dialect}`, () => {
    it("turns a read-only profile policy into every field locked, and remembers who changed settings", async () => {
      for (const editable of [false, true]) {
        const database = await createTestDatabase(dialect);
        const db = openDatabase(database.config);
        try {
          await migrateTo(db, "0052-canonical-ssh-keys");
          await db
            .insertInto("policies")
            .values({
              kind: "profile",
              value: JSON.stringify({ editable }),
              updated_at: start,
              updated_by: "admin",
            })
            .execute();
          await db
            .insertInto("audit_events")
            .values({
              ...events[0],
              id: "change",
              event: "policy.changed",
              actor_id: "admin",
              details: JSON.stringify({ kind: "profile", changed: ["editable"] }),
            } as AuditEvent)
            .execute();
          await migrateToLatest(db);
          const profile = await readPolicy(db, "profile");
          expect(new Set(Object.values(profile))).toEqual(
            new Set([editable ? "editable" : "locked"]),
          );
          expect(Object.keys(profile)).toContain("department");
          const changes = await db.selectFrom("policy_setting_changes").selectAll().execute();
          expect(changes.map((row) => ({ ...row, changed_at: Number(row.changed_at) }))).toEqual([
            {
              kind: "profile",
              setting: "editable",
              changed_at: events[0]?.at,
              changed_by: "admin",
            },
          ]);
        } finally {
          await db.destroy();
          await database.drop();
        }
      }
    });
  });
}
