// Calls of the console's group screens: the list, a new group, one group's page (rename,
// members, the apps it grants). The app assignments are the apps' own route.
import type { MessageDescriptor } from "react-intl";
import { getJson, patchJson, postJson } from "../../lib/http.ts";
import type { AdminGroupDetail } from "../../../server/schemas/admin-groups.ts";
import type { AdminAppList, AdminGroupList } from "../../../server/schemas/apps.ts";

export type { AdminGroupDetail };

/** What was just done on a group's page, with the name it concerns, said in the live region. */
export type Announcement = { message: MessageDescriptor; name: string };
export type GroupSummary = AdminGroupList["groups"][number];
export type AppSummary = Pick<AdminAppList["apps"][number], "id" | "displayName" | "kind">;

const group = (id: string, rest = "") => `admin/groups/${encodeURIComponent(id)}${rest}`;

export const listGroups = async () => (await getJson<AdminGroupList>("admin/groups")).groups;

export const createGroup = async (name: string) =>
  (await postJson<AdminGroupList>("admin/groups", { name })).groups;

export const getGroup = (id: string) => getJson<AdminGroupDetail>(group(id));

export const renameGroup = (id: string, name: string) =>
  patchJson<AdminGroupDetail>(group(id), { name });

export const setMember = (id: string, userId: string, member: boolean) =>
  postJson<AdminGroupList>(group(id, "/members"), { userId, member });

export const listApps = async (): Promise<AppSummary[]> =>
  (await getJson<AdminAppList>("admin/apps")).apps;

export const setGroupApp = (appId: string, groupId: string, assigned: boolean) =>
  postJson(`admin/apps/${encodeURIComponent(appId)}/assignments`, {
    principalType: "group",
    principalId: groupId,
    assigned,
  });
