// Groups over SCIM (RFC 7644 §3): read, list with filter and paging, create, replace, PATCH
// (members added and removed, the name replaced) and delete, through the admin operations that
// the console and CLI use (admin/group-admin.ts), so each change is audited with the token as
// the actor. Group writes check If-Match but, unlike Users, are not retried on a race.
import { changeMembership, createGroup, removeGroup, renameGroup } from "../admin/group-admin.ts";
import { findGroup } from "../apps/app-store.ts";
import type { Group } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";
import { invalidValue, ScimError } from "./scim-error.ts";
import { groupSchemaParts } from "./scim-group-schema.ts";
import {
  fieldsOfScimGroup,
  toScimGroup,
  type GroupMember,
  type ScimGroupFields,
} from "./scim-group-resource.ts";
import { applyPatch, type PatchOperation } from "./scim-patch.ts";
import type { ScimResource } from "./scim-user-resource.ts";
import { filterOf, listResources, type ListQuery, type ListResponse } from "./scim-list.ts";
import type { ScimCaller } from "./scim-users.ts";
import { checkVersion } from "./scim-version.ts";

async function membersOf(db: Db, groupIds?: string[]): Promise<Map<string, GroupMember[]>> {
  let query = db
    .selectFrom("group_members")
    .innerJoin("users", "users.id", "group_members.user_id")
    .select(["group_members.group_id as groupId", "users.id as id", "users.display_name as name"])
    .orderBy("users.display_name");
  if (groupIds !== undefined) {
    query = query.where("group_members.group_id", "in", groupIds);
  }
  const byGroup = new Map<string, GroupMember[]>();
  for (const row of await query.execute()) {
    const member = { id: row.id, displayName: row.name };
    byGroup.set(row.groupId, [...(byGroup.get(row.groupId) ?? []), member]);
  }
  return byGroup;
}

export async function findScimGroup(
  caller: Pick<ScimCaller, "db" | "baseUrl">,
  id: string,
): Promise<{ group: Group; resource: ScimResource }> {
  const group = await findGroup(caller.db, id);
  if (group === undefined) {
    throw new ScimError(404, "No such Group.");
  }
  const members = await membersOf(caller.db, [id]);
  return { group, resource: toScimGroup(group, members.get(id) ?? [], caller.baseUrl) };
}

export async function listScimGroups(
  caller: Pick<ScimCaller, "db" | "baseUrl">,
  query: ListQuery,
): Promise<ListResponse> {
  const filter = filterOf(query, groupSchemaParts);
  const groups = await caller.db
    .selectFrom("groups")
    .selectAll()
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const members = await membersOf(caller.db);
  const resources = groups.map((group) =>
    toScimGroup(group, members.get(group.id) ?? [], caller.baseUrl),
  );
  return listResources(query, groupSchemaParts, filter, [resources]);
}

function actorOf(caller: ScimCaller) {
  return { db: caller.db, now: caller.now, actorId: caller.actorId, origin: caller.origin };
}

async function checkMembers(db: Db, memberIds: string[]): Promise<void> {
  if (memberIds.length === 0) {
    return;
  }
  const found = await db.selectFrom("users").select("id").where("id", "in", memberIds).execute();
  if (found.length !== memberIds.length) {
    throw invalidValue("Every member must be the id of an existing User.");
  }
}

export async function createScimGroup(caller: ScimCaller, input: unknown): Promise<ScimResource> {
  const fields = fieldsOfScimGroup(input);
  await checkMembers(caller.db, fields.memberIds);
  const created = await createGroup(actorOf(caller), fields.name);
  if (!created.ok) {
    throw created.reason === "invalid" && created.field === "name"
      ? new ScimError(409, "Another group already has this displayName.", "uniqueness")
      : invalidValue("Create a User first: a group belongs to the organization they are in.");
  }
  await changeMembers(caller, created.value.id, [], fields.memberIds);
  return (await findScimGroup(caller, created.value.id)).resource;
}

export function replaceScimGroup(caller: ScimCaller, id: string, input: unknown, ifMatch?: string) {
  return writeScimGroup(caller, id, ifMatch, () => fieldsOfScimGroup(input));
}

export function patchScimGroup(
  caller: ScimCaller,
  id: string,
  operations: PatchOperation[],
  ifMatch?: string,
) {
  return writeScimGroup(caller, id, ifMatch, (current) => {
    const writable = Object.fromEntries(Object.entries(current).filter(([key]) => key !== "meta"));
    return fieldsOfScimGroup(applyPatch(writable, operations, groupSchemaParts));
  });
}

export async function deleteScimGroup(caller: ScimCaller, id: string, ifMatch?: string) {
  const { resource } = await findScimGroup(caller, id);
  checkVersion(resource, ifMatch);
  await removeGroup(actorOf(caller), id);
}

async function writeScimGroup(
  caller: ScimCaller,
  id: string,
  ifMatch: string | undefined,
  fieldsFor: (current: ScimResource) => ScimGroupFields,
): Promise<ScimResource> {
  const { group, resource } = await findScimGroup(caller, id);
  checkVersion(resource, ifMatch);
  const fields = fieldsFor(resource);
  await checkMembers(caller.db, fields.memberIds);
  if (fields.name !== group.name) {
    const renamed = await renameGroup(actorOf(caller), id, fields.name);
    if (!renamed.ok) {
      throw new ScimError(409, "Another group already has this displayName.", "uniqueness");
    }
  }
  const before = ((resource.members ?? []) as { value: string }[]).map((member) => member.value);
  await changeMembers(caller, id, before, fields.memberIds);
  return (await findScimGroup(caller, id)).resource;
}

/** Adds and removes members one by one, each audited (group.member_added / _removed). */
async function changeMembers(caller: ScimCaller, id: string, before: string[], after: string[]) {
  const actor = actorOf(caller);
  for (const userId of after.filter((member) => !before.includes(member))) {
    await changeMembership(actor, id, userId, true);
  }
  for (const userId of before.filter((member) => !after.includes(member))) {
    await changeMembership(actor, id, userId, false);
  }
}
