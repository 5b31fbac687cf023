// /api/admin/audit: the audit log newest first, filtered by person, event, category and time,
// paged by keyset; the catalogue of events for the filter; and the export as CSV or JSON
// (streamed, audited itself).
import { Readable } from "node:stream";
import { recordAuditEvent } from "../../audit/audit-log.ts";
import {
  csvHeader,
  csvRow,
  exportedEvent,
  jsonItem,
  type ExportedEvent,
} from "../../audit/audit-export.ts";
import { eachAuditEvent, pageAuditEvents, type AuditFilter } from "../../audit/audit-query.ts";
import { auditEventCatalogue } from "../../audit/event-catalogue.ts";
import {
  AuditCsvFile,
  AuditEventNames,
  AuditExportQuery,
  AuditJsonFile,
  AuditList,
  AuditQuery,
} from "../../schemas/admin-audit.ts";
import type { Db } from "../../storage/database.ts";
import type { AuditEvent } from "../../storage/schema.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { actorEmails, auditEntryViews, auditFilterOf, parseAuditCursor } from "./audit-view.ts";

/** The most events one export holds; narrow the filter for more. */
export const maxExportedEvents = 100_000;

export const adminAuditRoutes: RouteModule = (app, context) => {
  const config = adminOrToken(context, "audit:read");

  app.get(
    "/api/admin/audit",
    { config, schema: { querystring: AuditQuery, response: { 200: AuditList, ...errorReplies } } },
    async (request) => {
      const { limit = 50, after, ...filters } = request.query;
      const page = await pageAuditEvents(context.db, auditFilterOf(filters), {
        limit,
        after: parseAuditCursor(after),
      });
      return {
        events: await auditEntryViews(context.db, page.events),
        next: page.next === undefined ? null : `${page.next.at}.${page.next.id}`,
      };
    },
  );

  app.get(
    "/api/admin/audit/events",
    { config, schema: { response: { 200: AuditEventNames, ...errorReplies } } },
    () => ({
      events: Object.entries(auditEventCatalogue)
        .map(([event, { title, category }]) => ({ event, title, category }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    }),
  );

  app.get(
    "/api/admin/audit/export",
    {
      config,
      schema: {
        querystring: AuditExportQuery,
        // The body is a file, streamed (never serialized against these schemas).
        response: {
          200: {
            content: {
              "text/csv": { schema: AuditCsvFile },
              "application/json": { schema: AuditJsonFile },
            },
          },
          ...errorReplies,
        },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const filter = auditFilterOf(filters);
      const now = context.clock.now();
      await recordAuditEvent(context.db, {
        event: "audit.exported",
        at: now,
        actorId: adminActorOf(context, request).actorId,
        origin: originOf(request),
        details: { format, filter: JSON.stringify(filters) },
      });
      const stamp = new Date(now).toISOString().slice(0, 10);
      return (
        reply
          .code(200)
          .type(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
          .header(
            "content-disposition",
            `attachment; filename="gatehouse-audit-${stamp}.${format}"`,
          )
          // A stream is sent as it is, never serialized: the file's text is what the schema says.
          .send(Readable.from(exportLines(context.db, filter, format)) as unknown as AuditCsvFile)
      );
    },
  );
};

async function* exportLines(
  db: Db,
  filter: AuditFilter,
  format: "csv" | "json",
): AsyncGenerator<string> {
  yield format === "csv" ? csvHeader() : "[\n";
  let first = true;
  for await (const event of withActorEmails(db, eachAuditEvent(db, filter, maxExportedEvents))) {
    yield format === "csv" ? csvRow(event) : jsonItem(event, first);
    first = false;
  }
  if (format === "json") {
    yield "\n]\n";
  }
}

/** The events in words, looking up who acted a batch at a time. */
async function* withActorEmails(
  db: Db,
  events: AsyncGenerator<AuditEvent>,
): AsyncGenerator<ExportedEvent> {
  let batch: AuditEvent[] = [];
  const flush = async function* () {
    const emails = await actorEmails(db, batch);
    for (const event of batch) {
      yield exportedEvent(
        event,
        event.actor_id === null ? null : (emails.get(event.actor_id) ?? null),
      );
    }
    batch = [];
  };
  for await (const event of events) {
    batch.push(event);
    if (batch.length === 500) {
      yield* flush();
    }
  }
  yield* flush();
}
