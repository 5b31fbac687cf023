// Reads and writes the admin policies: one row per kind in `policies`, validated both ways; a
// kind nobody has set yet reads as its default.
import { Value } from "typebox/value";
import type { Db } from "../storage/database.ts";
import {
  defaultPolicies,
  policyKinds,
  policySchemas,
  retiredSettings,
  type Policies,
  type PolicyKind,
} from "../schemas/policies.ts";

export type PolicyValidation<K extends PolicyKind> =
  { ok: true; value: Policies[K] } | { ok: false; problem: string };

/**
 * Policies are read on every request, so all of them come in one query over a table of at most
 * a few rows — never from a cache, so a change is seen at once by every instance. Validating the
 * JSON is the costly part; a stored value already checked is remembered by its exact text.
 */
const checkedValues = new Map<string, unknown>();

export async function readAllPolicies(db: Db): Promise<Policies> {
  const rows = await db.selectFrom("policies").select(["kind", "value"]).execute();
  const policies: Policies = { ...defaultPolicies };
  for (const row of rows) {
    if ((policyKinds as string[]).includes(row.kind)) {
      const kind = row.kind as PolicyKind;
      (policies as Record<PolicyKind, unknown>)[kind] = parseStoredPolicy(kind, row.value);
    }
  }
  return policies;
}

export async function readPolicy<K extends PolicyKind>(db: Db, kind: K): Promise<Policies[K]> {
  return (await readAllPolicies(db))[kind];
}

function parseStoredPolicy(kind: PolicyKind, text: string): unknown {
  const key = `${kind}\u0000${text}`;
  if (checkedValues.has(key)) {
    return checkedValues.get(key);
  }
  // Merging over the default lets a later release add a setting without a data migration, and
  // dropping retired settings lets it remove one.
  const stored = withoutRetiredSettings(kind, JSON.parse(text) as Record<string, unknown>);
  const checked = validatePolicy(kind, { ...defaultPolicies[kind], ...stored });
  if (!checked.ok) {
    throw new Error(`Stored ${kind} policy is invalid: ${checked.problem}`);
  }
  if (checkedValues.size > 1000) {
    checkedValues.clear(); // bounded: only a handful of policy versions ever exist at once
  }
  checkedValues.set(key, checked.value);
  return checked.value;
}

function withoutRetiredSettings(kind: PolicyKind, value: Record<string, unknown>) {
  const retired = retiredSettings[kind] ?? {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => !Object.hasOwn(retired, key)));
}

/** Checks a complete policy value against its schema (unknown keys are refused, not dropped). */
export function validatePolicy<K extends PolicyKind>(kind: K, value: unknown): PolicyValidation<K> {
  const keys = typeof value === "object" && value !== null ? Object.keys(value) : [];
  const retired = keys.find((key) => Object.hasOwn(retiredSettings[kind] ?? {}, key));
  if (retired !== undefined) {
    return { ok: false, problem: `${retired} ${retiredSettings[kind]?.[retired] ?? ""}` };
  }
  const schema = policySchemas[kind];
  if (Value.Check(schema, value)) {
    const policy = value as Policies[K];
    if (kind === "password") {
      const password = policy as Policies["password"];
      if (password.maxLength < password.minLength) {
        return { ok: false, problem: "maxLength must not be below minLength" };
      }
    }
    return { ok: true, value: policy };
  }
  const [first] = Value.Errors(schema, value);
  const where = first?.instancePath.replace(/^\//, "") ?? "";
  return { ok: false, problem: `${where === "" ? kind : where} ${first?.message ?? "is invalid"}` };
}

export async function writePolicy<K extends PolicyKind>(
  db: Db,
  kind: K,
  value: Policies[K],
  meta: { now: number; actorId: string | null },
): Promise<void> {
  const row = {
    kind,
    value: JSON.stringify(value),
    updated_at: meta.now,
    updated_by: meta.actorId,
  };
  await db
    .insertInto("policies")
    .values(row)
    .onConflict((conflict) =>
      conflict
        .column("kind")
        .doUpdateSet({ value: row.value, updated_at: row.updated_at, updated_by: row.updated_by }),
    )
    .execute();
}
