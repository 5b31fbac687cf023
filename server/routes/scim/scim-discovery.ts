// /scim/v2/ServiceProviderConfig, /ResourceTypes and /Schemas (RFC 7644 §4): what a SCIM client
// reads to learn what this service provider supports.
import { ScimResource, ScimUrnParams } from "../../schemas/scim.ts";
import { ScimError, scimContentType } from "../../scim/scim-error.ts";
import {
  resourceTypes,
  schemaDocuments,
  serviceProviderConfig,
} from "../../scim/scim-discovery.ts";
import { scimSchemas } from "../../scim/scim-attributes.ts";
import type { RouteModule } from "../route-module.ts";
import { scimAccess, scimBasePath, scimErrorReplies } from "./scim-scope.ts";

function listOf(resources: object[]) {
  return {
    schemas: [scimSchemas.listResponse],
    totalResults: resources.length,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

export const scimDiscoveryRoutes: RouteModule = (app, context) => {
  const config = scimAccess(context);
  const baseUrl = () => `${context.site.origin}${scimBasePath}`;
  const schema = { response: { 200: ScimResource, ...scimErrorReplies } };
  const byId = { params: ScimUrnParams, ...schema };

  app.get(`${scimBasePath}/ServiceProviderConfig`, { config, schema }, (_request, reply) => {
    reply.type(scimContentType);
    return serviceProviderConfig(baseUrl());
  });

  app.get(`${scimBasePath}/ResourceTypes`, { config, schema }, (_request, reply) => {
    reply.type(scimContentType);
    return listOf(resourceTypes(baseUrl()));
  });

  app.get(`${scimBasePath}/ResourceTypes/:id`, { config, schema: byId }, (request, reply) => {
    const found = resourceTypes(baseUrl()).find((type) => type.id === request.params.id);
    if (found === undefined) {
      throw new ScimError(404, "No such resource type.");
    }
    reply.type(scimContentType);
    return found;
  });

  app.get(`${scimBasePath}/Schemas`, { config, schema }, (_request, reply) => {
    reply.type(scimContentType);
    return listOf(schemaDocuments(baseUrl()));
  });

  app.get(`${scimBasePath}/Schemas/:id`, { config, schema: byId }, (request, reply) => {
    const found = schemaDocuments(baseUrl()).find((document) => document.id === request.params.id);
    if (found === undefined) {
      throw new ScimError(404, "No such schema.");
    }
    reply.type(scimContentType);
    return found;
  });
};
