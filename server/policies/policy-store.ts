// Reads and writes the admin policies: one row per kind in `policies`, validated both ways; a
// kind nobody has set yet reads as its default.
import { Value } from "typebox/value";
import { downloadLinkProblem } from "../config/desktop-downloads.ts";
import { raiseVersion } from "../storage/change-channel.ts";
import { changeTopics } from "../storage/change-topics.ts";
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
 * Policies are read on every request (the session check, every sign-in step), so a server keeps
 * them in memory once `cachePoliciesOf` has tied its database to its change channel. Every write
 * raises the `policies` version (storage/change-channel.ts) and the admin API and CLI announce
 * it, which reaches every PostgreSQL instance at once through NOTIFY, or at the channel's next
 * check if a notification is lost (docs/architecture.md, "Several instances"). On SQLite the
 * writer may be another process on the same file (the admin CLI) that nothing signals, so there
 * the kept copy is used only while the version, one primary-key read (made inside the session
 * check's own statement on an authenticated request), has not moved. Without a cache (the CLI, a
 * transaction) every call reads the table. Validating the JSON is the costly part of a read; a
 * stored value already checked is remembered by its exact text.
 */
const checkedValues = new Map<string, unknown>();

export type PolicyCacheRenewal = {
  /** Calls `onChange` on every announced change; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
  /** Where writers may go unannounced: the current version, read before every use. */
  readVersion?: () => Promise<number>;
};

/** `generation` rises on every announced change, so a read under way does not fill the cache. */
type PolicyCache = {
  generation: number;
  policies?: Policies;
  version?: number;
  readVersion?: () => Promise<number>;
};
const policyCaches = new WeakMap<Db, PolicyCache>();

/** Keeps `db`'s policies in memory, renewed as `renewal` says; returns the stop. */
export function cachePoliciesOf(db: Db, renewal: PolicyCacheRenewal): () => void {
  const cache: PolicyCache = { generation: 0, readVersion: renewal.readVersion };
  policyCaches.set(db, cache);
  const unsubscribe = renewal.subscribe(() => {
    cache.generation += 1;
    cache.policies = undefined;
  });
  return () => {
    unsubscribe();
    policyCaches.delete(db);
  };
}

/**
 * Every policy, from memory where `db` keeps them. `read.version` is the policies' version a
 * statement of the caller read just now (the session check's, auth/session-lookup.ts): where the
 * version must be checked before every use, that read stands for it.
 */
export async function readAllPolicies(db: Db, read: { version?: number } = {}): Promise<Policies> {
  const cache = policyCaches.get(db);
  if (cache === undefined) {
    return readPoliciesTable(db);
  }
  const generation = cache.generation;
  const version =
    cache.readVersion === undefined ? undefined : (read.version ?? (await cache.readVersion()));
  if (cache.policies !== undefined && cache.version === version) {
    return cache.policies;
  }
  const policies = await readPoliciesTable(db);
  if (cache.generation === generation) {
    cache.policies = policies;
    cache.version = version;
  }
  return policies;
}

async function readPoliciesTable(db: Db): Promise<Policies> {
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
    if (kind === "downloads") {
      const links = policy as Policies["downloads"];
      for (const [os, link] of Object.entries(links)) {
        const problem = link === "" ? undefined : downloadLinkProblem(link);
        if (problem !== undefined) {
          return { ok: false, problem: `${os} ${problem}` };
        }
      }
    }
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
  // Beside the write (in the caller's transaction, if any): no policy changes without its
  // version moving, so every instance's cache renews at its next check even unannounced.
  await raiseVersion(db, changeTopics.policies);
}
