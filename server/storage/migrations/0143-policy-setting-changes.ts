// Who changed each policy setting last, and when (issue 16: the console shows it beside every
// setting). One row per setting, written in the same transaction as the policy. Earlier changes
// are read back from the audit log's `policy.changed` events, which name the settings.
import type { Kysely } from "kysely";

type ChangeRow = { kind: string; setting: string; changed_at: number; changed_by: string | null };
type AuditRow = { at: number; actor_id: string | null; details: string | null };

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("policy_setting_changes")
    .addColumn("kind", "text", (column) => column.notNull())
    .addColumn("setting", "text", (column) => column.notNull())
    .addColumn("changed_at", "bigint", (column) => column.notNull())
    .addColumn("changed_by", "text")
    .addPrimaryKeyConstraint("policy_setting_changes_pk", ["kind", "setting"])
    .execute();

  const typed = db as unknown as Kysely<{
    audit_events: AuditRow & { event: string };
    policy_setting_changes: ChangeRow;
  }>;
  const events = await typed
    .selectFrom("audit_events")
    .select(["at", "actor_id", "details"])
    .where("event", "=", "policy.changed")
    .orderBy("at")
    .execute();
  const latest = new Map<string, ChangeRow>();
  for (const event of events) {
    const details = JSON.parse(event.details ?? "{}") as { kind?: unknown; changed?: unknown };
    if (typeof details.kind !== "string" || !Array.isArray(details.changed)) {
      continue;
    }
    for (const setting of details.changed) {
      if (typeof setting === "string") {
        latest.set(`${details.kind} ${setting}`, {
          kind: details.kind,
          setting,
          changed_at: event.at,
          changed_by: event.actor_id,
        });
      }
    }
  }
  if (latest.size > 0) {
    await typed
      .insertInto("policy_setting_changes")
      .values([...latest.values()])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("policy_setting_changes").execute();
}
