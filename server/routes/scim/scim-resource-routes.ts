// The routes every SCIM resource type has (RFC 7644 §3): create, list with filter and paging,
// read, replace, PATCH and delete under /scim/v2/<Type>. Every answer with a resource carries its
// version as ETag; writes honour If-Match. Users and Groups differ only in their operations.
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
import type { SchemaParts } from "../../scim/scim-filter-evaluate.ts";
import type { ListQuery, ListResponse } from "../../scim/scim-list.ts";
import type { PatchOperation } from "../../scim/scim-patch.ts";
import type { ScimResource as Resource } from "../../scim/scim-user-resource.ts";
import type { ScimCaller } from "../../scim/scim-users.ts";
import { ifMatchOf, sendResource } from "./scim-replies.ts";
import { scimAccess, scimBasePath, scimCallerOf, scimErrorReplies } from "./scim-scope.ts";

/** What one resource type does; each throws a ScimError for a request it refuses. */
export type ScimResourceType = {
  /** The path segment and the resource type's name: "Users", "Groups". */
  name: string;
  /** The type's attributes, for selecting those a request asks for. */
  parts: SchemaParts;
  create(caller: ScimCaller, input: unknown): Promise<Resource>;
  list(caller: ScimCaller, query: ListQuery): Promise<ListResponse>;
  find(caller: ScimCaller, id: string): Promise<{ resource: Resource }>;
  replace(caller: ScimCaller, id: string, input: unknown, ifMatch?: string): Promise<Resource>;
  patch(
    caller: ScimCaller,
    id: string,
    operations: PatchOperation[],
    ifMatch?: string,
  ): Promise<Resource>;
  remove(caller: ScimCaller, id: string, ifMatch?: string): Promise<void>;
};

export function scimResourceRoutes(type: ScimResourceType): RouteModule {
  return (app, context) => {
    const config = scimAccess(context);
    const collection = `${scimBasePath}/${type.name}`;
    const one = `${collection}/:id`;
    const resourceReply = { 200: ScimResource, ...scimErrorReplies };
    const parts = type.parts;

    app.post(
      collection,
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
          await type.create(scimCallerOf(context, request), request.body),
          { query: request.query, parts },
          201,
        ),
    );

    app.get(
      collection,
      { config, schema: { querystring: ScimListQuery, response: resourceReply } },
      async (request, reply) =>
        reply
          .type(scimContentType)
          .send(await type.list(scimCallerOf(context, request), request.query)),
    );

    app.get(
      one,
      {
        config,
        schema: { params: ScimIdParams, querystring: ScimAttributesQuery, response: resourceReply },
      },
      async (request, reply) => {
        const { resource } = await type.find(scimCallerOf(context, request), request.params.id);
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
        const replaced = await type.replace(caller, request.params.id, request.body, ifMatch);
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
        const patched = await type.patch(caller, request.params.id, operations, ifMatch);
        return sendResource(reply, patched, { query: request.query, parts });
      },
    );

    app.delete(
      one,
      {
        config,
        schema: { params: ScimIdParams, response: { 204: noContent, ...scimErrorReplies } },
      },
      async (request, reply) => {
        const caller = scimCallerOf(context, request);
        await type.remove(caller, request.params.id, ifMatchOf(request.headers["if-match"]));
        return reply.status(204).send(null);
      },
    );
  };
}
