// Groups and their members, shared by the admin CLI and /api/admin/groups*: apps assigned to a
// group reach every member. Each change runs in one transaction and is audited with what it
// concerned (a rename with the name before and after, a member by email); expected failures are values.
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
import { inTransaction, type AdminActor } from "./admin-actor.ts";

/** A group's name: trimmed, 1 to 100 characters, no other group's. */
async function checkName(
  actor: AdminActor,
  name: string,
  except?: string,
): Promise<CatalogResult<string>> {
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    return invalid("name", "must be 1 to 100 characters long", "empty");
  }
  const holder = await findGroupByName(actor.db, trimmed);
  if (holder !== undefined && holder.id !== except) {
    return invalid("name", "is already taken by another group", "name_taken");
  }
  return { ok: true, value: trimmed };
}

export function createGroup(actor: AdminActor, name: string): Promise<CatalogResult<Group>> {
  return inTransaction(actor, async (actor) => {
    const checked = await checkName(actor, name);
    if (!checked.ok) {
      return checked;
    }
    const organization = await actor.db.selectFrom("organizations").select("id").executeTakeFirst();
    if (organization === undefined) {
      return invalid("organization", "does not exist yet: create a user first");
    }
    const group: Group = {
      id: randomUUID(),
      organization_id: organization.id,
      name: checked.value,
      created_at: actor.now,
    };
    await insertGroup(actor.db, group);
    await audit(actor, "group.created", group.id, { name: checked.value });
    return { ok: true, value: group };
  });
}

export function renameGroup(
  actor: AdminActor,
  id: string,
  name: string,
): Promise<CatalogResult<Group>> {
  return inTransaction(actor, async (actor) => {
    const group = await findGroup(actor.db, id);
    if (group === undefined) {
      return { ok: false, reason: "not_found" };
    }
    const checked = await checkName(actor, name, id);
    if (!checked.ok) {
      return checked;
    }
    if (checked.value === group.name) {
      return { ok: true, value: group };
    }
    await actor.db
      .updateTable("groups")
      .set({ name: checked.value })
      .where("id", "=", id)
      .execute();
    await audit(actor, "group.renamed", id, {
      changed: ["name"],
      before: { name: group.name },
      after: { name: checked.value },
    });
    return { ok: true, value: { ...group, name: checked.value } };
  });
}

export function removeGroup(actor: AdminActor, id: string): Promise<CatalogResult<null>> {
  return inTransaction(actor, async (actor) => {
    const group = await findGroup(actor.db, id);
    if (group === undefined || !(await deleteGroup(actor.db, id))) {
      return { ok: false, reason: "not_found" };
    }
    await audit(actor, "group.deleted", id, { name: group.name });
    return { ok: true, value: null };
  });
}

export function changeMembership(
  actor: AdminActor,
  groupId: string,
  userId: string,
  member: boolean,
): Promise<CatalogResult<null>> {
  return inTransaction(actor, async (actor) => {
    const group = await findGroup(actor.db, groupId);
    const user = await findUserById(actor.db, userId);
    if (group === undefined || user === undefined) {
      return { ok: false, reason: "not_found" };
    }
    if (member) {
      await addGroupMember(actor.db, groupId, userId);
    } else {
      await removeGroupMember(actor.db, groupId, userId);
    }
    await audit(actor, member ? "group.member_added" : "group.member_removed", groupId, {
      userId,
      user: user.email,
      group: group.name,
    });
    return { ok: true, value: null };
  });
}
