// A change as the audit log records it (docs/admin.md "Audit log"): only the settings that differ,
// each with its value before and after. Secrets never come here: their callers pass a word such as
// "changed" in their place.
import type { AuditDetails } from "./audit-log.ts";

export type AuditValue = string | number | boolean | null | string[];
export type AuditValues = Record<string, AuditValue>;

export type AuditChange = { changed: string[]; before: AuditValues; after: AuditValues };

/** The settings whose values differ between before and after, in after's order. */
export function auditChange(before: AuditValues, after: AuditValues): AuditChange {
  const changed = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
  return {
    changed,
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}

/** The change as audit details, beside what else the event names (e.g. the app's name). */
export function changeDetails(change: AuditChange, names: AuditValues = {}): AuditDetails {
  return { ...names, ...change };
}
