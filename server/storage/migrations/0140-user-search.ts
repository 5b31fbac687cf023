// The admin console's user search and paging stay fast at tens of thousands of accounts (issue
// 16): every word a user is found by (lib/search-terms.ts) in its own indexed table, matched by
// prefix as a range, and an index in the list's order (name, then id) for keyset paging. The
// words are byte-ordered on both dialects (PostgreSQL's "C" collation, SQLite's BINARY), so a
// range [word, word + U+10FFFF) holds exactly the words that begin with `word`.
import { PostgresAdapter, sql, type Kysely } from "kysely";
import { searchTermsOf, type SearchableUser } from "../../lib/search-terms.ts";

type UserRow = SearchableUser & { id: string };

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("user_search_terms")
    .addColumn("term", postgres ? sql`text collate "C"` : "text", (column) => column.notNull())
    .addColumn("user_id", "text", (column) =>
      column.notNull().references("users.id").onDelete("cascade"),
    )
    .addPrimaryKeyConstraint("user_search_terms_pk", ["term", "user_id"])
    .execute();
  await db.schema
    .createIndex("user_search_terms_user_id")
    .on("user_search_terms")
    .column("user_id")
    .execute();
  await sql`create index users_list_order on users (lower(display_name), id)`.execute(db);

  const users = db as unknown as Kysely<{
    users: UserRow;
    user_search_terms: { term: string; user_id: string };
  }>;
  const rows = await users
    .selectFrom("users")
    .select([
      "id",
      "email",
      "first_name",
      "last_name",
      "display_name",
      "username",
      "employee_id",
      "department",
    ])
    .execute();
  const terms = rows.flatMap((row) =>
    searchTermsOf(row).map((term) => ({ term, user_id: row.id })),
  );
  for (let start = 0; start < terms.length; start += 500) {
    await users
      .insertInto("user_search_terms")
      .values(terms.slice(start, start + 500))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index users_list_order`.execute(db);
  await db.schema.dropTable("user_search_terms").execute();
}
