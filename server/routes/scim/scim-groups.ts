// /scim/v2/Groups (RFC 7644 §3): the groups apps are assigned to, and their members, for a
// provisioning client holding an API token with the scim scope; the same frame as Users.
import {
  createScimGroup,
  deleteScimGroup,
  findScimGroup,
  listScimGroups,
  patchScimGroup,
  replaceScimGroup,
} from "../../scim/scim-groups.ts";
import { groupSchemaParts } from "../../scim/scim-group-schema.ts";
import { scimResourceRoutes } from "./scim-resource-routes.ts";

export const scimGroupRoutes = scimResourceRoutes({
  name: "Groups",
  parts: groupSchemaParts,
  create: createScimGroup,
  list: listScimGroups,
  find: findScimGroup,
  replace: replaceScimGroup,
  patch: patchScimGroup,
  remove: deleteScimGroup,
});
