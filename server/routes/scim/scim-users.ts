// /scim/v2/Users (RFC 7644 §3): create, read, list with filter and paging, replace, PATCH and
// delete accounts, for a provisioning client holding an API token with the scim scope.
import {
  createScimUser,
  deleteScimUser,
  patchScimUser,
  replaceScimUser,
} from "../../scim/scim-user-writes.ts";
import { findScimUser, listScimUsers } from "../../scim/scim-users.ts";
import { userSchemaParts } from "../../scim/scim-user-schema.ts";
import { scimResourceRoutes } from "./scim-resource-routes.ts";

export const scimUserRoutes = scimResourceRoutes({
  name: "Users",
  parts: userSchemaParts,
  create: createScimUser,
  list: listScimUsers,
  find: findScimUser,
  replace: replaceScimUser,
  patch: patchScimUser,
  remove: deleteScimUser,
});
