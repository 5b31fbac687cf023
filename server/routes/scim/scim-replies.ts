// How the SCIM routes answer with a resource: its version as ETag, Location on a creation,
// application/scim+json, only the attributes the request selects (RFC 7644 §3.4.2.5; the ETag
// is the whole resource's); and the If-Match header as one list of tags.
import type { FastifyReply } from "fastify";
import { scimContentType } from "../../scim/scim-error.ts";
import type { SchemaParts } from "../../scim/scim-filter-evaluate.ts";
import { selectAttributes, type AttributeSelection } from "../../scim/scim-projection.ts";
import { versionOf, type ScimResource } from "../../scim/scim-user-resource.ts";

export function sendResource(
  reply: FastifyReply,
  resource: ScimResource,
  selection: { query: AttributeSelection; parts: SchemaParts },
  status = 200,
) {
  const location = resource.meta?.location;
  if (status === 201 && typeof location === "string") {
    reply.header("location", location);
  }
  return reply
    .status(status)
    .header("etag", versionOf(resource))
    .type(scimContentType)
    .send(selectAttributes(resource, selection.query, selection.parts));
}

export function ifMatchOf(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header.join(",") : header;
}
