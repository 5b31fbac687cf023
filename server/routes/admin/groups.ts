// /api/admin/groups: the groups apps are assigned to — list (with members), create, delete,
// and add or remove a member, each answering with the whole list; and one group's page for the
// console (members by name, the apps it grants), renamed there.
import {
  changeMembership,
  createGroup,
  removeGroup,
  renameGroup,
} from "../../admin/group-admin.ts";
import { readGroupDetail } from "../../admin/group-detail.ts";
import { AppError } from "../../errors.ts";
import { AdminGroupDetail, RenameGroupBody } from "../../schemas/admin-groups.ts";
import { listGroupMemberIds, listGroups } from "../../apps/app-store.ts";
import {
  AdminGroupList,
  AppIdParams,
  CreateGroupBody,
  MembershipBody,
} from "../../schemas/apps.ts";
import type { Db } from "../../storage/database.ts";
import { errorReplies, type RouteModule } from "../route-module.ts";
import { adminActorOf, adminOrToken } from "./admin-actor.ts";
import { catalogValue } from "./app-view.ts";

export const adminGroupRoutes: RouteModule = (app, context) => {
  const { db } = context;
  const schema = { response: { 200: AdminGroupList, ...errorReplies } };
  const groupList = { config: adminOrToken(context, "users:write"), schema };

  app.get("/api/admin/groups", { config: adminOrToken(context, "users:read"), schema }, () =>
    listGroupsWithMembers(db),
  );

  app.post(
    "/api/admin/groups",
    { ...groupList, schema: { ...groupList.schema, body: CreateGroupBody } },
    async (request) => {
      catalogValue(
        await createGroup(adminActorOf(context, request), request.body.name),
        "GROUP_NOT_FOUND",
      );
      return listGroupsWithMembers(db);
    },
  );

  app.delete(
    "/api/admin/groups/:id",
    { ...groupList, schema: { ...groupList.schema, params: AppIdParams } },
    async (request) => {
      catalogValue(
        await removeGroup(adminActorOf(context, request), request.params.id),
        "GROUP_NOT_FOUND",
      );
      return listGroupsWithMembers(db);
    },
  );

  const page = { 200: AdminGroupDetail, ...errorReplies };
  app.get(
    "/api/admin/groups/:id",
    {
      config: adminOrToken(context, "users:read"),
      schema: { params: AppIdParams, response: page },
    },
    (request) => groupPage(db, request.params.id),
  );

  app.patch(
    "/api/admin/groups/:id",
    {
      config: groupList.config,
      schema: { params: AppIdParams, body: RenameGroupBody, response: page },
    },
    async (request) => {
      catalogValue(
        await renameGroup(adminActorOf(context, request), request.params.id, request.body.name),
        "GROUP_NOT_FOUND",
      );
      return groupPage(db, request.params.id);
    },
  );

  app.post(
    "/api/admin/groups/:id/members",
    { ...groupList, schema: { ...groupList.schema, params: AppIdParams, body: MembershipBody } },
    async (request) => {
      const { userId, member } = request.body;
      const changed = await changeMembership(
        adminActorOf(context, request),
        request.params.id,
        userId,
        member,
      );
      catalogValue(changed, "GROUP_NOT_FOUND");
      return listGroupsWithMembers(db);
    },
  );
};

async function groupPage(db: Db, id: string): Promise<AdminGroupDetail> {
  const detail = await readGroupDetail(db, id);
  if (detail === undefined) {
    throw new AppError("GROUP_NOT_FOUND", "No such group.");
  }
  return {
    id: detail.group.id,
    name: detail.group.name,
    members: detail.members,
    apps: detail.apps,
  };
}

async function listGroupsWithMembers(db: Db) {
  return {
    groups: await Promise.all(
      (await listGroups(db)).map(async (group) => ({
        id: group.id,
        name: group.name,
        memberIds: await listGroupMemberIds(db, group.id),
      })),
    ),
  };
}
