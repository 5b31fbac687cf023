// /scim/v2/Users (RFC 7644 §3): create, read, list with filter and paging, replace, PATCH and
// delete accounts, for a provisioning client holding an API token with the scim scope. Every
// answer with a resource carries its version as ETag; writes honour If-Match.
import { noContent, type RouteModule } from "../route-module.ts";
import {
  ScimAttributesQuery,
  ScimIdParams,
  ScimListQuery,
  ScimPatchBody,
  ScimResource,
} from "../../schemas/scim.ts";
import { ScimError, scimContentType } from "../../scim/scim-error.ts";
import { scimSchemas } from "../../scim/scim-attributes.ts";
import {
  createScimUser,
  deleteScimUser,
  patchScimUser,
  replaceScimUser,
} from "../../scim/scim-user-writes.ts";
import { findScimUser, listScimUsers } from "../../scim/scim-users.ts";
import { userSchemaParts as parts } from "../../scim/scim-user-schema.ts";
import { ifMatchOf, sendResource } from "./scim-replies.ts";
import { scimAccess, scimBasePath, scimCallerOf, scimErrorReplies } from "./scim-scope.ts";

export const scimUserRoutes: RouteModule = (app, context) => {
  const config = scimAccess(context);
  const users = `${scimBasePath}/Users`;
  const one = `${users}/:id`;
  const resourceReply = { 200: ScimResource, ...scimErrorReplies };

  app.post(
    users,
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
        await createScimUser(scimCallerOf(context, request), request.body),
        { query: request.query, parts },
        201,
      ),
  );

  app.get(
    users,
    { config, schema: { querystring: ScimListQuery, response: resourceReply } },
    async (request, reply) =>
      reply
        .type(scimContentType)
        .send(await listScimUsers(scimCallerOf(context, request), request.query)),
  );

  app.get(
    one,
    {
      config,
      schema: { params: ScimIdParams, querystring: ScimAttributesQuery, response: resourceReply },
    },
    async (request, reply) => {
      const { resource } = await findScimUser(scimCallerOf(context, request), request.params.id);
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
      return sendResource(
        reply,
        await replaceScimUser(caller, request.params.id, request.body, ifMatch),
        { query: request.query, parts },
      );
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
      const patched = await patchScimUser(
        caller,
        request.params.id,
        request.body.Operations,
        ifMatch,
      );
      return sendResource(reply, patched, { query: request.query, parts });
    },
  );

  app.delete(
    one,
    { config, schema: { params: ScimIdParams, response: { 204: noContent, ...scimErrorReplies } } },
    async (request, reply) => {
      const caller = scimCallerOf(context, request);
      await deleteScimUser(caller, request.params.id, ifMatchOf(request.headers["if-match"]));
      return reply.status(204).send(null);
    },
  );
};
