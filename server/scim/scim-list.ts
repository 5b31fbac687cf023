// A filtered, sorted, paged list of SCIM resources (RFC 7644 §3.4.2): the filter is parsed and
// checked before anything is read, resources arrive in batches and are matched as they come, so
// memory holds one batch and the page — or, when sorted, the matches, at most maxSortedMatches.
import { scimSchemas } from "./scim-attributes.ts";
import { ScimError } from "./scim-error.ts";
import { checkFilter, matchesFilter, type SchemaParts } from "./scim-filter-evaluate.ts";
import { parseFilter, type ScimFilter } from "./scim-filter-parser.ts";
import { selectAttributes, type AttributeSelection } from "./scim-projection.ts";
import { sortingOf, sortResources, type SortQuery } from "./scim-sort.ts";
import type { ScimResource } from "./scim-user-resource.ts";

export const maxResults = 200;
/** How many matches a sorted list may hold; more is `tooMany` (RFC 7644 §3.12). */
export const maxSortedMatches = 10_000;
/** How many rows one batch reads. */
export const scimBatchSize = 500;

export type ListQuery = {
  filter?: string;
  startIndex?: number;
  count?: number;
} & SortQuery &
  AttributeSelection;

export type ListResponse = {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimResource[];
};

/** The query's filter, parsed and checked against the schema; undefined when it has none. */
export function filterOf(query: ListQuery, parts: SchemaParts): ScimFilter | undefined {
  const filter = query.filter === undefined ? undefined : parseFilter(query.filter);
  if (filter !== undefined) {
    checkFilter(filter, parts);
  }
  return filter;
}

export async function listResources(
  query: ListQuery,
  parts: SchemaParts,
  filter: ScimFilter | undefined,
  batches: AsyncIterable<ScimResource[]> | Iterable<ScimResource[]>,
): Promise<ListResponse> {
  const sorting = sortingOf(query, parts);
  // RFC 7644 §3.4.2.4: a startIndex below 1 is 1; a negative count is 0.
  const startIndex = Math.max(1, query.startIndex ?? 1);
  const count = Math.min(maxResults, Math.max(0, query.count ?? maxResults));
  const end = startIndex - 1 + count;
  let totalResults = 0;
  let kept: ScimResource[] = [];
  for await (const batch of batches) {
    for (const resource of batch) {
      if (filter !== undefined && !matchesFilter(filter, resource, parts)) {
        continue;
      }
      totalResults += 1;
      if (sorting !== undefined) {
        if (totalResults > maxSortedMatches) {
          throw new ScimError(
            400,
            `More than ${maxSortedMatches} resources match: narrow the filter to sort them.`,
            "tooMany",
          );
        }
        kept.push(resource);
      } else if (totalResults >= startIndex && totalResults <= end) {
        kept.push(resource);
      }
    }
  }
  if (sorting !== undefined) {
    kept = sortResources(kept, sorting, parts).slice(startIndex - 1, end);
  }
  return {
    schemas: [scimSchemas.listResponse],
    totalResults,
    startIndex,
    itemsPerPage: kept.length,
    Resources: kept.map((resource) => selectAttributes(resource, query, parts)),
  };
}
