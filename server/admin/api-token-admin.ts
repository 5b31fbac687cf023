// API tokens, the operations the admin CLI and /api/admin/api-tokens share: mint one (its secret
// shown once), list them with their last use, revoke one. Each change runs in one transaction with
// its audit line, which names the token and the admin (or "cli") as the actor; the secret never
// reaches the log.
import { createApiToken, listApiTokens, revokeApiToken, scopesOf } from "../auth/api-token.ts";
import type { Random } from "../lib/clock.ts";
import type { ApiScope, ApiTokenView } from "../schemas/api-tokens.ts";
import type { ApiToken } from "../storage/api-tokens-schema.ts";
import type { Db } from "../storage/database.ts";
import { auditAdminChange, inTransaction, type AdminActor } from "./admin-actor.ts";

/** How long a token lives when the admin does not say. */
export const defaultApiTokenDays = 90;

export function issueApiToken(
  actor: AdminActor,
  random: Random,
  request: { name: string; scopes: ApiScope[]; validDays?: number },
): Promise<{ token: ApiTokenView; secret: string }> {
  return inTransaction(actor, async (actor) => {
    const validDays = request.validDays ?? defaultApiTokenDays;
    const { row, secret } = await createApiToken(actor.db, random, {
      name: request.name,
      scopes: request.scopes,
      validDays,
      createdBy: actor.actorId ?? "cli",
      now: actor.now,
    });
    await auditAdminChange(actor, "api_token.created", {
      targetId: row.id,
      details: { tokenId: row.id, name: row.name, scopes: request.scopes, validDays },
    });
    return { token: apiTokenView(row, await emailsOf(actor.db, [row.created_by])), secret };
  });
}

/** Revokes an active token at once, on every instance; false when none is active with that id. */
export function revokeApiTokenAsAdmin(actor: AdminActor, id: string): Promise<boolean> {
  return inTransaction(actor, async (actor) => {
    const token = await actor.db
      .selectFrom("api_tokens")
      .select("name")
      .where("id", "=", id)
      .executeTakeFirst();
    if (token === undefined || !(await revokeApiToken(actor.db, id, actor.now))) {
      return false;
    }
    await auditAdminChange(actor, "api_token.revoked", {
      targetId: id,
      details: { tokenId: id, name: token.name },
    });
    return true;
  });
}

export async function listApiTokenViews(actor: Pick<AdminActor, "db">): Promise<ApiTokenView[]> {
  const rows = await listApiTokens(actor.db);
  const emails = await emailsOf(actor.db, [...new Set(rows.map((row) => row.created_by))]);
  return rows.map((row) => apiTokenView(row, emails));
}

/** The emails of the admins who minted tokens ("cli" has none). */
async function emailsOf(db: Db, userIds: string[]): Promise<Map<string, string>> {
  const ids = userIds.filter((id) => id !== "cli");
  if (ids.length === 0) {
    return new Map();
  }
  const users = await db
    .selectFrom("users")
    .select(["id", "email"])
    .where("id", "in", ids)
    .execute();
  return new Map(users.map((user) => [user.id, user.email]));
}

function apiTokenView(row: ApiToken, emails: Map<string, string>): ApiTokenView {
  const time = (value: number | null) =>
    value === null ? null : new Date(Number(value)).toISOString();
  return {
    id: row.id,
    name: row.name,
    scopes: scopesOf(row),
    createdAt: new Date(Number(row.created_at)).toISOString(),
    expiresAt: new Date(Number(row.expires_at)).toISOString(),
    revokedAt: time(row.revoked_at),
    lastUsedAt: time(row.last_used_at),
    lastUsedIp: row.last_used_ip,
    createdBy: emails.get(row.created_by) ?? null,
  };
}
