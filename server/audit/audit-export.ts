// The audit log as a file an auditor opens: CSV (RFC 4180, one row per event) or JSON (one array).
// Pure formatting, streamed by the caller a page at a time. A CSV cell that a spreadsheet would
// run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe (OWASP,
// "CSV Injection"), and so does one that starts with an apostrophe itself, so a reader drops one
// leading apostrophe and always gets the value back.
import { describeAuditEvent, describeAuditReason } from "./event-catalogue.ts";
import type { AuditEvent } from "../storage/schema.ts";

export const auditCsvColumns = [
  "time",
  "event",
  "description",
  "reason",
  "actor_id",
  "actor_email",
  "target_id",
  "target_email",
  "ip",
  "user_agent",
  "details",
] as const;

/** One exported event: the stored row in words, with who acted as an email where known. */
export type ExportedEvent = Record<(typeof auditCsvColumns)[number], string | null>;

export function exportedEvent(event: AuditEvent, actorEmail: string | null): ExportedEvent {
  return {
    time: new Date(event.at).toISOString(),
    event: event.event,
    description: describeAuditEvent(event.event).title,
    reason: describeAuditReason(event.reason) ?? event.reason,
    actor_id: event.actor_id,
    actor_email: actorEmail,
    target_id: event.target_id,
    target_email: event.target_email,
    ip: event.ip,
    user_agent: event.user_agent,
    details: event.details,
  };
}

export function csvHeader(): string {
  return `${auditCsvColumns.join(",")}\r\n`;
}

export function csvRow(event: ExportedEvent): string {
  return `${auditCsvColumns.map((column) => csvCell(event[column])).join(",")}\r\n`;
}

export function csvCell(value: string | null): string {
  if (value === null) {
    return "";
  }
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The JSON export's pieces: "[", then each event (comma-separated), then "]". */
export function jsonItem(event: ExportedEvent, first: boolean): string {
  const details = event.details === null ? null : (JSON.parse(event.details) as unknown);
  return `${first ? "" : ",\n"}${JSON.stringify({ ...event, details })}`;
}
