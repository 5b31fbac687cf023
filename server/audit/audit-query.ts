// Reading the audit log page by page, newest first (issue 16): filtered by the person an event
// concerns or who acted, by event or category, by time; paged by keyset on (at, id), so a page
// deep in a million events costs what the first one does (indexes: migration 0141).
import type { Db } from "../storage/database.ts";
import type { AuditEvent } from "../storage/schema.ts";
import { auditEventCatalogue, type AuditEventCategory } from "./event-catalogue.ts";

export type AuditFilter = {
  /** Events that concern this user or that they did. */
  personId?: string;
  /** Events that concern this user only (the API's older `userId`). */
  targetId?: string;
  event?: string;
  category?: AuditEventCategory;
  /** From this time (inclusive) … */
  since?: number;
  /** … to this time (exclusive), in ms. */
  until?: number;
};

/** Where a page ends: the next page starts after this event. */
export type AuditCursor = { at: number; id: string };

export type AuditPage = { events: AuditEvent[]; next: AuditCursor | undefined };

export async function pageAuditEvents(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; after?: AuditCursor | undefined },
): Promise<AuditPage> {
  const fetch = (person?: { column: "target_id" | "actor_id"; id: string }) => {
    let query = db.selectFrom("audit_events").selectAll();
    if (person !== undefined) {
      query = query.where(person.column, "=", person.id);
    }
    if (filter.targetId !== undefined) {
      query = query.where("target_id", "=", filter.targetId);
    }
    if (filter.event !== undefined) {
      query = query.where("event", "=", filter.event);
    }
    if (filter.category !== undefined) {
      query = query.where("event", "in", eventsIn(filter.category));
    }
    if (filter.since !== undefined) {
      query = query.where("at", ">=", filter.since);
    }
    if (filter.until !== undefined) {
      query = query.where("at", "<", filter.until);
    }
    const after = page.after;
    if (after !== undefined) {
      // `at <=` first, so both databases read it as a range on the (…, at, id) index.
      query = query
        .where("at", "<=", after.at)
        .where((eb) => eb.or([eb("at", "<", after.at), eb("id", "<", after.id)]));
    }
    return query
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(page.limit + 1)
      .execute();
  };
  const rows =
    filter.personId === undefined
      ? await fetch()
      : mergeNewestFirst(
          await fetch({ column: "target_id", id: filter.personId }),
          await fetch({ column: "actor_id", id: filter.personId }),
        );
  const events = rows.slice(0, page.limit);
  const last = events.at(-1);
  return {
    events,
    next: rows.length > page.limit && last !== undefined ? { at: last.at, id: last.id } : undefined,
  };
}

/** Every event of a category, for `event in (…)`. */
function eventsIn(category: AuditEventCategory): string[] {
  return Object.entries(auditEventCatalogue)
    .filter(([, description]) => description.category === category)
    .map(([name]) => name);
}

/** Two pages in (at, id) descending order as one, each event once. */
function mergeNewestFirst(first: AuditEvent[], second: AuditEvent[]): AuditEvent[] {
  const byId = new Map([...first, ...second].map((event) => [event.id, event]));
  return [...byId.values()].sort((a, b) =>
    a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : b.at - a.at,
  );
}

/**
 * Every event the filter matches, newest first, a page at a time: for exports, which stream
 * instead of holding the log in memory. Stops after `maxEvents`.
 */
export async function* eachAuditEvent(
  db: Db,
  filter: AuditFilter,
  maxEvents: number,
): AsyncGenerator<AuditEvent> {
  let after: AuditCursor | undefined;
  let count = 0;
  do {
    const page = await pageAuditEvents(db, filter, {
      limit: Math.min(1000, maxEvents - count),
      after,
    });
    for (const event of page.events) {
      yield event;
    }
    count += page.events.length;
    after = page.next;
  } while (after !== undefined && count < maxEvents);
}
