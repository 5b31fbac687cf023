// One group as the console's group page shows it: its name, its members (by name) and the apps
// it grants, read together.
import { findGroup } from "../apps/app-store.ts";
import type { AppKind, Group } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";

export type GroupDetail = {
  group: Group;
  members: { id: string; displayName: string; email: string }[];
  apps: { id: string; displayName: string; kind: AppKind }[];
};

export async function readGroupDetail(db: Db, id: string): Promise<GroupDetail | undefined> {
  const group = await findGroup(db, id);
  if (group === undefined) {
    return undefined;
  }
  const members = await db
    .selectFrom("group_members")
    .innerJoin("users", "users.id", "group_members.user_id")
    .select(["users.id", "users.display_name", "users.email"])
    .where("group_members.group_id", "=", id)
    .orderBy("users.display_name")
    .orderBy("users.id")
    .execute();
  const apps = await db
    .selectFrom("app_assignments")
    .innerJoin("apps", "apps.id", "app_assignments.app_id")
    .select(["apps.id", "apps.display_name", "apps.kind"])
    .where("app_assignments.principal_type", "=", "group")
    .where("app_assignments.principal_id", "=", id)
    .orderBy("apps.display_name")
    .orderBy("apps.id")
    .execute();
  return {
    group,
    members: members.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      email: row.email,
    })),
    apps: apps.map((row) => ({ id: row.id, displayName: row.display_name, kind: row.kind })),
  };
}
