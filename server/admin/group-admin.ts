// Groups and their members, shared by the admin CLI and /api/admin/groups*: apps assigned to a
// group reach every member. Every change is audited; expected failures are values.
import { randomUUID } from "node:crypto";
import {
  addGroupMember,
  deleteGroup,
  findGroup,
  findGroupByName,
  insertGroup,
  removeGroupMember,
} from "../apps/app-store.ts";
import type { Group } from "../storage/apps-schema.ts";
import { findUserById } from "../storage/users.ts";
import { audit, invalid, type CatalogResult } from "./app-admin.ts";
import type { AdminActor } from "./user-admin.ts";

export async function createGroup(actor: AdminActor, name: string): Promise<CatalogResult<Group>> {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    return invalid("name", "must be 1 to 100 characters long");
  }
  if ((await findGroupByName(actor.db, trimmed)) !== undefined) {
    return invalid("name", "is already taken by another group");
  }
  const organization = await actor.db.selectFrom("organizations").select("id").executeTakeFirst();
  if (organization === undefined) {
    return invalid("organization", "does not exist yet: create a user first");
  }
  const group: Group = {
    id: randomUUID(),
    organization_id: organization.id,
    name: trimmed,
    created_at: actor.now,
  };
  await insertGroup(actor.db, group);
  await audit(actor, "group.created", group.id, { name: trimmed });
  return { ok: true, value: group };
}

/** Renames a group (the SCIM service provider's PUT and PATCH, docs/scim.md); names stay unique. */
export async function renameGroup(
  actor: AdminActor,
  id: string,
  name: string,
): Promise<CatalogResult<null>> {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    return invalid("name", "must be 1 to 100 characters long");
  }
  const holder = await findGroupByName(actor.db, trimmed);
  if (holder !== undefined && holder.id !== id) {
    return invalid("name", "is already taken by another group");
  }
  const result = await actor.db
    .updateTable("groups")
    .set({ name: trimmed })
    .where("id", "=", id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return { ok: false, reason: "not_found" };
  }
  await audit(actor, "group.renamed", id, { name: trimmed });
  return { ok: true, value: null };
}

export async function removeGroup(actor: AdminActor, id: string): Promise<CatalogResult<null>> {
  if (!(await deleteGroup(actor.db, id))) {
    return { ok: false, reason: "not_found" };
  }
  await audit(actor, "group.deleted", id);
  return { ok: true, value: null };
}

export async function changeMembership(
  actor: AdminActor,
  groupId: string,
  userId: string,
  member: boolean,
): Promise<CatalogResult<null>> {
  if (
    (await findGroup(actor.db, groupId)) === undefined ||
    (await findUserById(actor.db, userId)) === undefined
  ) {
    return { ok: false, reason: "not_found" };
  }
  if (member) {
    await addGroupMember(actor.db, groupId, userId);
  } else {
    await removeGroupMember(actor.db, groupId, userId);
  }
  await audit(actor, member ? "group.member_added" : "group.member_removed", groupId, { userId });
  return { ok: true, value: null };
}
