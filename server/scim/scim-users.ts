// Reading Users over SCIM: one by id, and the filtered, paged list (RFC 7644 §3.4.2). The filter is
// parsed and checked first, then evaluated over every account's SCIM representation, so each
// operator means the same on SQLite and PostgreSQL (docs/scim.md says what that costs).
import type { AuditOrigin } from "../audit/audit-log.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import { scimSchemas } from "./scim-attributes.ts";
import { ScimError } from "./scim-error.ts";
import { checkFilter, matchesFilter } from "./scim-filter-evaluate.ts";
import { parseFilter } from "./scim-filter-parser.ts";
import { userSchemaParts } from "./scim-user-schema.ts";
import { toScimUser, type GroupReference, type ScimResource } from "./scim-user-resource.ts";

/** Who calls (the token, for the audit log) and where resources live (`meta.location`). */
export type ScimCaller = {
  db: Db;
  now: number;
  actorId: string;
  origin: AuditOrigin;
  baseUrl: string;
};

export const maxResults = 200;

export type ListQuery = { filter?: string; startIndex?: number; count?: number };

export type ListResponse = {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimResource[];
};

export function userNotFound(): ScimError {
  return new ScimError(404, "No such User.");
}

async function groupsOf(db: Db, userIds?: string[]): Promise<Map<string, GroupReference[]>> {
  let query = db
    .selectFrom("group_members")
    .innerJoin("groups", "groups.id", "group_members.group_id")
    .select(["group_members.user_id as userId", "groups.id as id", "groups.name as name"])
    .orderBy("groups.name");
  if (userIds !== undefined) {
    query = query.where("group_members.user_id", "in", userIds);
  }
  const byUser = new Map<string, GroupReference[]>();
  for (const row of await query.execute()) {
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), { id: row.id, name: row.name }]);
  }
  return byUser;
}

/** The account and its SCIM representation, or a 404 ScimError. */
export async function findScimUser(
  caller: Pick<ScimCaller, "db" | "baseUrl">,
  id: string,
): Promise<{ user: User; resource: ScimResource }> {
  const user = await findUserById(caller.db, id);
  if (user === undefined) {
    throw userNotFound();
  }
  const groups = await groupsOf(caller.db, [id]);
  return { user, resource: toScimUser(user, groups.get(id) ?? [], caller.baseUrl) };
}

export async function listScimUsers(
  caller: Pick<ScimCaller, "db" | "baseUrl">,
  query: ListQuery,
): Promise<ListResponse> {
  const filter = query.filter === undefined ? undefined : parseFilter(query.filter);
  if (filter !== undefined) {
    checkFilter(filter, userSchemaParts);
  }
  // RFC 7644 §3.4.2.4: a startIndex below 1 is 1; a negative count is 0.
  const startIndex = Math.max(1, query.startIndex ?? 1);
  const count = Math.min(maxResults, Math.max(0, query.count ?? maxResults));
  const users = await caller.db
    .selectFrom("users")
    .selectAll()
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const groups = await groupsOf(caller.db);
  const matching = users
    .map((user) => toScimUser(user, groups.get(user.id) ?? [], caller.baseUrl))
    .filter((resource) => filter === undefined || matchesFilter(filter, resource, userSchemaParts));
  const page = matching.slice(startIndex - 1, startIndex - 1 + count);
  return {
    schemas: [scimSchemas.listResponse],
    totalResults: matching.length,
    startIndex,
    itemsPerPage: page.length,
    Resources: page,
  };
}
