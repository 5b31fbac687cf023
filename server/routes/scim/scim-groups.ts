// /scim/v2/Groups (RFC 7644 §3): the groups apps are assigned to, and their members, for a
// provisioning client holding an API token with the scim scope; the same frame as Users.
import { noContent, type RouteModule } from "../route-module.ts";
import {
  ScimAttributesQuery,
  ScimIdParams,
  ScimListQuery,
  ScimPatchBody,
  ScimResource,
} from "../../schemas/scim.ts";
import { scimSchemas } from "../../scim/scim-attributes.ts";
import { ScimError, scimContentType } from "../../scim/scim-error.ts";
import {
  createScimGroup,
  deleteScimGroup,
  findScimGroup,
  listScimGroups,
  patchScimGroup,
  replaceScimGroup,
} from "../../scim/scim-groups.ts";
import { groupSchemaParts as parts } from "../../scim/scim-group-schema.ts";
import { ifMatchOf, sendResource } from "./scim-replies.ts";
import { scimAccess, scimBasePath, scimCallerOf, scimErrorReplies } from "./scim-scope.ts";

export const scimGroupRoutes: RouteModule = (app, context) => {
  const config = scimAccess(context);
  const groups = `${scimBasePath}/Groups`;
  const one = `${groups}/:id`;
  const resourceReply = { 200: ScimResource, ...scimErrorReplies };

  app.post(
    groups,
    {
      config,
      schema: {
        querystring: ScimAttributesQuery,
        body: ScimResource,
        response: { 201: ScimResource, ...scimErrorReplies },
      },
    },
    async (request, reply) =>
      sendResource(
        reply,
        await createScimGroup(scimCallerOf(context, request), request.body),
        { query: request.query, parts },
        201,
      ),
  );

  app.get(
    groups,
    { config, schema: { querystring: ScimListQuery, response: resourceReply } },
    async (request, reply) => {
      reply.type(scimContentType);
      return listScimGroups(scimCallerOf(context, request), request.query);
    },
  );

  app.get(
    one,
    {
      config,
      schema: { params: ScimIdParams, querystring: ScimAttributesQuery, response: resourceReply },
    },
    async (request, reply) => {
      const { resource } = await findScimGroup(scimCallerOf(context, request), request.params.id);
      return sendResource(reply, resource, { query: request.query, parts });
    },
  );

  app.put(
    one,
    {
      config,
      schema: {
        params: ScimIdParams,
        querystring: ScimAttributesQuery,
        body: ScimResource,
        response: resourceReply,
      },
    },
    async (request, reply) => {
      const caller = scimCallerOf(context, request);
      const ifMatch = ifMatchOf(request.headers["if-match"]);
      const replaced = await replaceScimGroup(caller, request.params.id, request.body, ifMatch);
      return sendResource(reply, replaced, { query: request.query, parts });
    },
  );

  app.patch(
    one,
    {
      config,
      schema: {
        params: ScimIdParams,
        querystring: ScimAttributesQuery,
        body: ScimPatchBody,
        response: resourceReply,
      },
    },
    async (request, reply) => {
      if (!request.body.schemas.includes(scimSchemas.patchOp)) {
        throw new ScimError(400, `schemas must list ${scimSchemas.patchOp}.`, "invalidSyntax");
      }
      const caller = scimCallerOf(context, request);
      const ifMatch = ifMatchOf(request.headers["if-match"]);
      const operations = request.body.Operations;
      return sendResource(
        reply,
        await patchScimGroup(caller, request.params.id, operations, ifMatch),
        { query: request.query, parts },
      );
    },
  );

  app.delete(
    one,
    { config, schema: { params: ScimIdParams, response: { 204: noContent, ...scimErrorReplies } } },
    async (request, reply) => {
      const caller = scimCallerOf(context, request);
      await deleteScimGroup(caller, request.params.id, ifMatchOf(request.headers["if-match"]));
      return reply.status(204).send(null);
    },
  );
};
