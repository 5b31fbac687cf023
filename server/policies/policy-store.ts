// Reads and writes the admin policies: one row per kind in `policies`, validated both ways; a
// kind nobody has set yet reads as its default.
import { Value } from "typebox/value";
import type { Db } from "../storage/database.ts";
import {
  defaultPolicies,
  policySchemas,
  type Policies,
  type PolicyKind,
} from "./policy-schemas.ts";

export type PolicyValidation<K extends PolicyKind> =
  { ok: true; value: Policies[K] } | { ok: false; problem: string };

/**
 * Policies are read on every request (sessions, profile, password), so each database handle keeps
 * them for a second. A write on this instance clears its copy at once; other instances sharing
 * the database see a change within that second.
 */
const cacheMs = 1000;
const cache = new WeakMap<Db, Map<PolicyKind, { value: unknown; readAt: number }>>();

export async function readPolicy<K extends PolicyKind>(db: Db, kind: K): Promise<Policies[K]> {
  let entries = cache.get(db);
  if (entries === undefined) {
    entries = new Map();
    cache.set(db, entries);
  }
  const cached = entries.get(kind);
  if (cached !== undefined && performance.now() - cached.readAt < cacheMs) {
    return cached.value as Policies[K];
  }
  const value = await readPolicyFromDatabase(db, kind);
  entries.set(kind, { value, readAt: performance.now() });
  return value;
}

async function readPolicyFromDatabase<K extends PolicyKind>(db: Db, kind: K): Promise<Policies[K]> {
  const row = await db
    .selectFrom("policies")
    .select("value")
    .where("kind", "=", kind)
    .executeTakeFirst();
  if (row === undefined) {
    return defaultPolicies[kind];
  }
  // Merging over the default lets a later release add a setting without a data migration.
  const checked = validatePolicy(kind, { ...defaultPolicies[kind], ...JSON.parse(row.value) });
  if (!checked.ok) {
    throw new Error(`Stored ${kind} policy is invalid: ${checked.problem}`);
  }
  return checked.value;
}

export async function readAllPolicies(db: Db): Promise<Policies> {
  const [lockout, session, password, profile] = await Promise.all([
    readPolicy(db, "lockout"),
    readPolicy(db, "session"),
    readPolicy(db, "password"),
    readPolicy(db, "profile"),
  ]);
  return { lockout, session, password, profile };
}

/** Checks a complete policy value against its schema (unknown keys are refused, not dropped). */
export function validatePolicy<K extends PolicyKind>(kind: K, value: unknown): PolicyValidation<K> {
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
  cache.get(db)?.delete(kind);
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
