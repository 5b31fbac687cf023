// Catalog storage: apps, groups with members, and assignments of apps to users and groups. An
// app is assigned to a user directly or through any group the user belongs to.
import type { App, Group, NewApp, PrincipalType } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";

export async function insertApp(db: Db, app: NewApp): Promise<void> {
  await db.insertInto("apps").values(app).execute();
}

export async function updateApp(db: Db, id: string, changes: Partial<NewApp>): Promise<boolean> {
  const result = await db.updateTable("apps").set(changes).where("id", "=", id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteApp(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("apps").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function findApp(db: Db, id: string): Promise<App | undefined> {
  return db.selectFrom("apps").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listApps(db: Db): Promise<App[]> {
  return db.selectFrom("apps").selectAll().orderBy("display_name").orderBy("id").execute();
}

/** The apps a user may launch: assigned to them, or to a group they are a member of. */
export function listAssignedApps(db: Db, userId: string): Promise<App[]> {
  return db
    .selectFrom("apps")
    .selectAll()
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("app_assignments")
          .select("app_assignments.app_id")
          .whereRef("app_assignments.app_id", "=", "apps.id")
          .where((inner) =>
            inner.or([
              inner.and([
                inner("app_assignments.principal_type", "=", "user"),
                inner("app_assignments.principal_id", "=", userId),
              ]),
              inner.and([
                inner("app_assignments.principal_type", "=", "group"),
                inner(
                  "app_assignments.principal_id",
                  "in",
                  inner
                    .selectFrom("group_members")
                    .select("group_members.group_id")
                    .where("group_members.user_id", "=", userId),
                ),
              ]),
            ]),
          ),
      ),
    )
    .orderBy("display_name")
    .orderBy("id")
    .execute();
}

export async function isAppAssigned(db: Db, userId: string, appId: string): Promise<boolean> {
  const apps = await listAssignedApps(db, userId);
  return apps.some((app) => app.id === appId);
}

/** The icon of an app assigned to the user, or undefined (no such app, no icon, not theirs). */
export async function assignedAppIcon(
  db: Db,
  userId: string,
  appId: string,
): Promise<{ type: string; base64: string } | undefined> {
  const row = await findApp(db, appId);
  if (
    row === undefined ||
    row.icon_data === null ||
    row.icon_type === null ||
    !(await isAppAssigned(db, userId, appId))
  ) {
    return undefined;
  }
  return { type: row.icon_type, base64: row.icon_data };
}

export async function assignApp(
  db: Db,
  assignment: { appId: string; principalType: PrincipalType; principalId: string; now: number },
): Promise<void> {
  const existing = await db
    .selectFrom("app_assignments")
    .select("app_id")
    .where("app_id", "=", assignment.appId)
    .where("principal_type", "=", assignment.principalType)
    .where("principal_id", "=", assignment.principalId)
    .executeTakeFirst();
  if (existing === undefined) {
    await db
      .insertInto("app_assignments")
      .values({
        app_id: assignment.appId,
        principal_type: assignment.principalType,
        principal_id: assignment.principalId,
        created_at: assignment.now,
      })
      .execute();
  }
}

export async function unassignApp(
  db: Db,
  assignment: { appId: string; principalType: PrincipalType; principalId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom("app_assignments")
    .where("app_id", "=", assignment.appId)
    .where("principal_type", "=", assignment.principalType)
    .where("principal_id", "=", assignment.principalId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function listAssignments(
  db: Db,
  appId: string,
): Promise<{ principal_type: PrincipalType; principal_id: string }[]> {
  return db
    .selectFrom("app_assignments")
    .select(["principal_type", "principal_id"])
    .where("app_id", "=", appId)
    .orderBy("principal_type")
    .orderBy("principal_id")
    .execute();
}

/** Who an app is assigned to, with the person's or group's name and the person's email. */
export function listAssignmentsWithNames(db: Db, appId: string) {
  return db
    .selectFrom("app_assignments")
    .leftJoin("users", (join) =>
      join
        .onRef("users.id", "=", "app_assignments.principal_id")
        .on("app_assignments.principal_type", "=", "user"),
    )
    .leftJoin("groups", (join) =>
      join
        .onRef("groups.id", "=", "app_assignments.principal_id")
        .on("app_assignments.principal_type", "=", "group"),
    )
    .select([
      "app_assignments.principal_type",
      "app_assignments.principal_id",
      "users.display_name as user_name",
      "users.email as user_email",
      "groups.name as group_name",
    ])
    .where("app_assignments.app_id", "=", appId)
    .orderBy("app_assignments.principal_type")
    .orderBy("app_assignments.principal_id")
    .execute();
}

export async function insertGroup(db: Db, group: Group): Promise<void> {
  await db.insertInto("groups").values(group).execute();
}

export function findGroupByName(db: Db, name: string): Promise<Group | undefined> {
  return db.selectFrom("groups").selectAll().where("name", "=", name).executeTakeFirst();
}

export function findGroup(db: Db, id: string): Promise<Group | undefined> {
  return db.selectFrom("groups").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listGroups(db: Db): Promise<Group[]> {
  return db.selectFrom("groups").selectAll().orderBy("name").execute();
}

export async function deleteGroup(db: Db, id: string): Promise<boolean> {
  await db
    .deleteFrom("app_assignments")
    .where("principal_type", "=", "group")
    .where("principal_id", "=", id)
    .execute();
  const result = await db.deleteFrom("groups").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function addGroupMember(db: Db, groupId: string, userId: string): Promise<void> {
  const existing = await db
    .selectFrom("group_members")
    .select("user_id")
    .where("group_id", "=", groupId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (existing === undefined) {
    await db.insertInto("group_members").values({ group_id: groupId, user_id: userId }).execute();
  }
}

export async function removeGroupMember(db: Db, groupId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("group_members")
    .where("group_id", "=", groupId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function listGroupMemberIds(db: Db, groupId: string): Promise<string[]> {
  return db
    .selectFrom("group_members")
    .select("user_id")
    .where("group_id", "=", groupId)
    .execute()
    .then((rows) => rows.map((row) => row.user_id));
}
