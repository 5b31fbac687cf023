// Reading Users over SCIM: one by id, and the filtered, sorted, paged list (RFC 7644 §3.4.2). A
// `userName eq` or `externalId eq` filter is answered from an index (scim-user-lookup.ts); any
// filter is then evaluated over the accounts' SCIM representations, read in batches, so each
// operator means the same on SQLite and PostgreSQL (docs/scim.md says what that costs).
import type { AuditOrigin } from "../audit/audit-log.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import { ScimError } from "./scim-error.ts";
import {
  filterOf,
  listResources,
  scimBatchSize,
  type ListQuery,
  type ListResponse,
} from "./scim-list.ts";
import { indexedLookupOf, narrowedBy, type IndexedLookup } from "./scim-user-lookup.ts";
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
  const filter = filterOf(query, userSchemaParts);
  const lookup = filter === undefined ? undefined : indexedLookupOf(filter);
  return listResources(query, userSchemaParts, filter, usersInBatches(caller, lookup));
}

/** Reads accounts in stored order, one batch at a time, as SCIM resources with their groups. */
async function* usersInBatches(
  caller: Pick<ScimCaller, "db" | "baseUrl">,
  lookup: IndexedLookup | undefined,
): AsyncGenerator<ScimResource[]> {
  let after: { createdAt: number; id: string } | undefined;
  for (;;) {
    let select = caller.db
      .selectFrom("users")
      .selectAll()
      .orderBy("created_at")
      .orderBy("id")
      .limit(scimBatchSize);
    if (lookup !== undefined) {
      select = select.where((eb) => narrowedBy(eb, lookup));
    }
    if (after !== undefined) {
      const { createdAt, id } = after;
      select = select.where((eb) =>
        eb.or([
          eb("created_at", ">", createdAt),
          eb.and([eb("created_at", "=", createdAt), eb("id", ">", id)]),
        ]),
      );
    }
    const users = await select.execute();
    if (users.length === 0) {
      return;
    }
    const groups = await groupsOf(
      caller.db,
      users.map((user) => user.id),
    );
    yield users.map((user) => toScimUser(user, groups.get(user.id) ?? [], caller.baseUrl));
    const last = users[users.length - 1];
    if (last === undefined || users.length < scimBatchSize) {
      return;
    }
    after = { createdAt: Number(last.created_at), id: last.id };
  }
}
