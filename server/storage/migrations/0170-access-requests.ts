// Access requests (docs/admin.md "Access requests"): an app's request flow (who may ask, the
// approval steps, the durations allowed, when undecided requests expire and which group a grant
// adds the requester to), the requests themselves, and one decision row per approved step.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("request_flows")
    .addColumn("app_id", "text", (column) =>
      column.primaryKey().references("apps.id").onDelete("cascade"),
    )
    .addColumn("target_group_id", "text", (column) =>
      column.notNull().references("groups.id").onDelete("cascade"),
    )
    // null: every active user may request the app; else only members of this group
    .addColumn("requesters_group_id", "text", (column) =>
      column.references("groups.id").onDelete("cascade"),
    )
    .addColumn("steps", "text", (column) => column.notNull()) // JSON: ApprovalStep[]
    .addColumn("durations_days", "text", (column) => column.notNull()) // JSON: number[]
    .addColumn("max_duration_days", "integer")
    .addColumn("expire_after_days", "integer", (column) => column.notNull().defaultTo(30))
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("updated_at", "bigint", (column) => column.notNull())
    .execute();

  await db.schema
    .createTable("access_requests")
    .addColumn("id", "text", (column) => column.primaryKey())
    .addColumn("app_id", "text", (column) =>
      column.notNull().references("apps.id").onDelete("cascade"),
    )
    .addColumn("requester_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("reason", "text", (column) => column.notNull())
    .addColumn("duration_days", "integer") // null: access until an admin removes it
    .addColumn("target_group_id", "text", (column) => column.notNull())
    .addColumn("steps", "text", (column) => column.notNull()) // the flow's steps when asked
    .addColumn("approved_steps", "integer", (column) => column.notNull().defaultTo(0))
    .addColumn("state", "text", (column) => column.notNull()) // RequestState
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull()) // undecided until then
    .addColumn("decided_at", "bigint")
    .addColumn("decided_by", "text")
    .addColumn("grant_ends_at", "bigint")
    .addColumn("grant_reminded_at", "bigint")
    .addColumn("grant_ended_at", "bigint")
    .execute();
  await db.schema
    .createIndex("access_requests_requester")
    .on("access_requests")
    .columns(["requester_id", "created_at"])
    .execute();
  // One undecided request per person and app; a second one conflicts instead of piling up.
  await db.schema
    .createIndex("access_requests_one_pending")
    .on("access_requests")
    .columns(["app_id", "requester_id"])
    .unique()
    .where(sql.ref("state"), "=", "pending")
    .execute();
  await db.schema
    .createIndex("access_requests_state_expiry")
    .on("access_requests")
    .columns(["state", "expires_at"])
    .execute();
  await db.schema
    .createIndex("access_requests_grant_end")
    .on("access_requests")
    .columns(["grant_ended_at", "grant_ends_at"])
    .execute();

  await db.schema
    .createTable("access_request_decisions")
    .addColumn("request_id", "text", (column) =>
      column.notNull().references("access_requests.id").onDelete("cascade"),
    )
    .addColumn("step", "integer", (column) => column.notNull())
    .addColumn("approver_id", "text", (column) => column.notNull())
    .addColumn("decision", "text", (column) => column.notNull()) // approved | denied
    .addColumn("decided_at", "bigint", (column) => column.notNull())
    .addPrimaryKeyConstraint("access_request_decisions_pk", ["request_id", "step"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("access_request_decisions").execute();
  await db.schema.dropTable("access_requests").execute();
  await db.schema.dropTable("request_flows").execute();
}
