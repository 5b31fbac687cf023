// API tokens (docs/api.md): `id.secret` like sessions (auth/token.ts), SHA-256 of the secret at
// rest, compared in constant time. Each check reads the database, so a revocation or expiry holds
// on every instance at the next request; the last use (time, address) is written at most once a
// minute per address.
import { issueToken, parseToken, secretMatches } from "./token.ts";
import type { Random } from "../lib/clock.ts";
import { apiScopes, type ApiScope } from "../schemas/api-tokens.ts";
import type { ApiToken } from "../storage/api-tokens-schema.ts";
import type { Db } from "../storage/database.ts";

/** The last-used time is written at most this often, so reads do not each cost a write. */
const lastUsedResolutionMs = 60 * 1000;

export type ValidApiToken = { id: string; name: string; scopes: ApiScope[] };

export type ApiTokenCheck =
  { ok: true; token: ValidApiToken } | { ok: false; reason: "invalid" | "expired" | "revoked" };

export async function createApiToken(
  db: Db,
  random: Random,
  input: { name: string; scopes: ApiScope[]; validDays: number; createdBy: string; now: number },
): Promise<{ row: ApiToken; secret: string }> {
  const { id, token, secretHash } = issueToken(random);
  const row: ApiToken = {
    id,
    secret_hash: secretHash,
    name: input.name,
    scopes: JSON.stringify(input.scopes),
    created_by: input.createdBy,
    created_at: input.now,
    expires_at: input.now + input.validDays * 24 * 3_600_000,
    revoked_at: null,
    last_used_at: null,
    last_used_ip: null,
  };
  await db.insertInto("api_tokens").values(row).execute();
  return { row, secret: token };
}

/** Judges a presented token; malformed input is "invalid", never an exception. */
export async function checkApiToken(
  db: Db,
  presented: string,
  use: { now: number; ip: string | null },
): Promise<ApiTokenCheck> {
  const parsed = parseToken(presented);
  if (parsed === undefined) {
    return { ok: false, reason: "invalid" };
  }
  const row = await db
    .selectFrom("api_tokens")
    .selectAll()
    .where("id", "=", parsed.id)
    .executeTakeFirst();
  if (row === undefined || !secretMatches(parsed.secret, row.secret_hash)) {
    return { ok: false, reason: "invalid" };
  }
  if (row.revoked_at !== null) {
    return { ok: false, reason: "revoked" };
  }
  if (use.now >= Number(row.expires_at)) {
    return { ok: false, reason: "expired" };
  }
  if (
    row.last_used_at === null ||
    use.now - Number(row.last_used_at) >= lastUsedResolutionMs ||
    row.last_used_ip !== use.ip
  ) {
    await db
      .updateTable("api_tokens")
      .set({ last_used_at: use.now, last_used_ip: use.ip })
      .where("id", "=", row.id)
      .execute();
  }
  return { ok: true, token: { id: row.id, name: row.name, scopes: scopesOf(row) } };
}

/** Revokes an active token; false when none is active with that id. */
export async function revokeApiToken(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: now })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function listApiTokens(db: Db): Promise<ApiToken[]> {
  return db.selectFrom("api_tokens").selectAll().orderBy("created_at", "desc").execute();
}

/** The stored scopes, keeping only names this version knows. */
export function scopesOf(row: ApiToken): ApiScope[] {
  const stored = JSON.parse(row.scopes) as unknown;
  return Array.isArray(stored) ? apiScopes.filter((scope) => stored.includes(scope)) : [];
}
