// An audit event as the admin API shows it: named in words from the catalogue, with the email of
// who acted (one query for a page), and the query's filters in the audit module's terms.
import { AppError } from "../../errors.ts";
import type { AuditFilter } from "../../audit/audit-query.ts";
import { describeAuditEvent, describeAuditReason } from "../../audit/event-catalogue.ts";
import type { AuditEntryView, AuditQuery } from "../../schemas/admin-audit.ts";
import type { Db } from "../../storage/database.ts";
import type { AuditEvent } from "../../storage/schema.ts";

export async function auditEntryViews(db: Db, events: AuditEvent[]): Promise<AuditEntryView[]> {
  const emails = await actorEmails(db, events);
  return events.map((event) => {
    const { title, category } = describeAuditEvent(event.event);
    return {
      id: event.id,
      at: new Date(event.at).toISOString(),
      event: event.event,
      title,
      category,
      reason: event.reason,
      detail: describeAuditReason(event.reason),
      actorId: event.actor_id,
      actorEmail: event.actor_id === null ? null : (emails.get(event.actor_id) ?? null),
      targetId: event.target_id,
      targetEmail: event.target_email,
      ip: event.ip,
      userAgent: event.user_agent,
      details:
        event.details === null ? null : (JSON.parse(event.details) as Record<string, unknown>),
    };
  });
}

/** The emails of the people who acted in these events, by id. */
export async function actorEmails(db: Db, events: AuditEvent[]): Promise<Map<string, string>> {
  const ids = [
    ...new Set(events.map((event) => event.actor_id).filter((id): id is string => id !== null)),
  ];
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.email]));
}

export function auditFilterOf(query: Omit<AuditQuery, "limit" | "after">): AuditFilter {
  return {
    ...(query.person === undefined ? {} : { personId: query.person }),
    ...(query.event === undefined ? {} : { event: query.event }),
    ...(query.category === undefined ? {} : { category: query.category }),
    ...(query.since === undefined ? {} : { since: instant(query.since, "since") }),
    ...(query.until === undefined ? {} : { until: instant(query.until, "until") }),
  };
}

function instant(text: string, field: string): number {
  const time = Date.parse(text);
  if (Number.isNaN(time)) {
    throw new AppError("VALIDATION_FAILED", `${field} is not a real time.`, field);
  }
  return time;
}

export function parseAuditCursor(
  cursor: string | undefined,
): { at: number; id: string } | undefined {
  if (cursor === undefined) {
    return undefined;
  }
  const dot = cursor.indexOf(".");
  return { at: Number(cursor.slice(0, dot)), id: cursor.slice(dot + 1) };
}
