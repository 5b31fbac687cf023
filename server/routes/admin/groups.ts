// /api/admin/groups: the groups apps are assigned to — list (with members), create, delete,
// and add or remove a member. Every change answers with the whole list.
import { changeMembership, createGroup, removeGroup } from "../../admin/group-admin.ts";
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
