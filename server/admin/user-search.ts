// The admin console's user list (issue 16): search by name, email, employee ID or department
// (every query word begins a word of the user, lib/search-terms.ts), one filter, sorted by name
// and paged by keyset, so page 200 of 10,000 users costs what page 1 does. The total is counted
// with the same conditions.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from "kysely";
import { prefixEnd, queryWordsOf } from "../lib/search-terms.ts";
import type { Policies } from "../schemas/policies.ts";
import type { Db } from "../storage/database.ts";
import type { Database, User } from "../storage/schema.ts";

export const userFilters = [
  "locked",
  "disabled",
  "mfa_not_set_up",
  "password_expired",
  "admins",
  "invited",
] as const;
export type UserFilter = (typeof userFilters)[number];

/** Where a page ends: the next one starts after this name and id. */
export type UserCursor = { name: string; id: string };

export type UserSearch = {
  query?: string | undefined;
  filter?: UserFilter | undefined;
  limit: number;
  after?: UserCursor | undefined;
};

export type ListedUser = User & { sort_name: string; has_mfa: boolean };

export type UserPage = { users: ListedUser[]; total: number; next: UserCursor | undefined };

type Query = SelectQueryBuilder<Database, "users", object>;

const day = 24 * 60 * 60 * 1000;

export async function searchUsers(
  db: Db,
  search: UserSearch,
  context: { now: number; password: Policies["password"] },
): Promise<UserPage> {
  const narrowed = (query: Query): Query =>
    withFilter(withWords(query, search.query ?? ""), search.filter, context);
  const sortName = sql<string>`lower(users.display_name)`;
  let page = narrowed(db.selectFrom("users"))
    .selectAll("users")
    .select(sortName.as("sort_name"))
    .select((eb) => activeTotp(eb).as("has_mfa"));
  const after = search.after;
  if (after !== undefined) {
    // `>=` first, so both databases read it as a range on the list-order index.
    page = page
      .where(sortName, ">=", after.name)
      .where((eb) => eb.or([eb(sortName, ">", after.name), eb("users.id", ">", after.id)]));
  }
  const [rows, counted] = await Promise.all([
    page
      .orderBy(sortName)
      .orderBy("users.id")
      .limit(search.limit + 1)
      .execute(),
    narrowed(db.selectFrom("users"))
      .select((eb) => eb.fn.countAll<number | string>().as("total"))
      .executeTakeFirstOrThrow(),
  ]);
  const users = rows
    .slice(0, search.limit)
    .map((row): ListedUser => ({ ...row, has_mfa: Boolean(Number(row.has_mfa)) }));
  const last = users.at(-1);
  return {
    users,
    total: Number(counted.total),
    next:
      rows.length > search.limit && last !== undefined
        ? { name: last.sort_name, id: last.id }
        : undefined,
  };
}

/** Every query word must begin one of the user's words (a range on the indexed terms). */
function withWords(query: Query, text: string): Query {
  return queryWordsOf(text).reduce(
    (narrowed, word) =>
      narrowed.where("users.id", "in", (eb) =>
        eb
          .selectFrom("user_search_terms")
          .select("user_search_terms.user_id")
          .where("user_search_terms.term", ">=", word)
          .where("user_search_terms.term", "<", prefixEnd(word)),
      ),
    query,
  );
}

function withFilter(
  query: Query,
  filter: UserFilter | undefined,
  { now, password }: { now: number; password: Policies["password"] },
): Query {
  switch (filter) {
    case undefined:
      return query;
    case "locked":
      return query
        .where("users.locked_at", "is not", null)
        .where((eb) =>
          eb.or([eb("users.locked_until", "is", null), eb("users.locked_until", ">", now)]),
        );
    case "disabled":
      return query.where("users.status", "=", "disabled");
    case "admins":
      return query.where("users.role", "=", "admin");
    case "invited":
      return query.where("users.invited_at", "is not", null);
    case "mfa_not_set_up":
      return query.where((eb) => eb.not(activeTotp(eb)));
    case "password_expired":
      // Matches server/auth/password-expiry.ts: expired maxAgeDays after the last change.
      return password.maxAgeDays === 0
        ? query.where(sql<boolean>`1 = 0`)
        : query.where((eb) =>
            eb(
              eb.fn.coalesce("users.password_changed_at", "users.created_at"),
              "<=",
              now - password.maxAgeDays * day,
            ),
          );
  }
}

function activeTotp(eb: ExpressionBuilder<Database, "users">) {
  return eb.exists(
    eb
      .selectFrom("mfa_totp_factors")
      .select("mfa_totp_factors.id")
      .whereRef("mfa_totp_factors.user_id", "=", "users.id")
      .where("mfa_totp_factors.status", "=", "active"),
  );
}
