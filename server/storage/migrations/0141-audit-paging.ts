// The admin console's audit log pages through a million events by keyset, newest first (issue 16):
// an index in that order for the whole log, and one per filter — the person it concerns (target),
// the person who acted, and the event — each ending in (at, id) so a filtered page is one range
// scan. The single-column indexes they replace go.
import type { Kysely } from "kysely";

const pagingIndexes: { name: string; columns: string[] }[] = [
  { name: "audit_events_page", columns: ["at", "id"] },
  { name: "audit_events_target_page", columns: ["target_id", "at", "id"] },
  { name: "audit_events_actor_page", columns: ["actor_id", "at", "id"] },
  { name: "audit_events_event_page", columns: ["event", "at", "id"] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { name, columns } of pagingIndexes) {
    await db.schema.createIndex(name).on("audit_events").columns(columns).execute();
  }
  await db.schema.dropIndex("audit_events_at").execute();
  await db.schema.dropIndex("audit_events_target_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("audit_events_at").on("audit_events").column("at").execute();
  await db.schema
    .createIndex("audit_events_target_id")
    .on("audit_events")
    .column("target_id")
    .execute();
  for (const { name } of pagingIndexes) {
    await db.schema.dropIndex(name).execute();
  }
}
