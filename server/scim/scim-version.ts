// Entity tags of SCIM resources: If-Match on PUT, PATCH and DELETE (RFC 7644 §3.14, with RFC
// 7232 §3.1's list of tags, compared weakly): a tag that is no longer current is 412.
import { ScimError } from "./scim-error.ts";
import { versionOf, type ScimResource } from "./scim-user-resource.ts";

export function checkVersion(resource: ScimResource, ifMatch: string | undefined): void {
  if (ifMatch === undefined || ifMatch.trim() === "*") {
    return;
  }
  const current = versionOf(resource).replace(/^W\//, "");
  const listed = ifMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  if (!listed.includes(current)) {
    throw new ScimError(412, "The resource changed since that version: read it again and retry.");
  }
}
