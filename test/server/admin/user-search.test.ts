// The admin console's user search on both databases: words found by prefix in any order, every
// filter, keyset pages that together hold every match exactly once, the index kept in step with
// every change, and the migration that fills it for accounts that existed before.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { searchUsers, type UserSearch } from "../../../server/admin/user-search.ts";
import { defaultPolicies } from "../../../server/schemas/policies.ts";
import { openDatabase } from "../../../server/storage/database.ts";
import { migrateTo, migrateToLatest } from "../../../server/storage/migrate.ts";
import type { NewUser } from "../../../server/storage/schema.ts";
import { insertUser, updateUser } from "../../../server/storage/users.ts";
import { createTestDatabase, dialects } from "../../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../../fixtures/migrated-database.ts";

const now = Date.UTC(2026, 10, 30, 9, 0, 0);
const day = 24 * 60 * 60 * 1000;

function person(id: string, first: string, last: string, extra: Partial<NewUser> = {}): NewUser {
  return testUser(id, {
    email: `${first}.${last}@example.com`.toLowerCase(),
    username: `${first}.${last}`.toLowerCase(),
    first_name: first,
    last_name: last,
    display_name: `${first} ${last}`,
    created_at: now,
    updated_at: now,
    password_changed_at: now,
    ...extra,
  });
}

const people: NewUser[] = [
  person("u01", "Alex", "Morgan", { department: "Platform Engineering", employee_id: "E-1042" }),
  person("u02", "Morgan", "Lee", { department: "Finance" }),
  person("u03", "Zoë", "Ńowak", { department: "Finance", employee_id: "E-2001" }),
  person("u04", "Dana", "Ito", { status: "disabled" }),
  person("u05", "Chris", "Park", { locked_at: now - 1000, locked_until: null, role: "admin" }),
  person("u06", "Sam", "Okafor", { locked_at: now - 2000, locked_until: now - 1 }), // expired lock
  person("u07", "Priya", "Shah", { password_changed_at: now - 400 * day }),
  person("u08", "Ivy", "Nguyen", { invited_at: now - day }),
  person("u09", "alex", "morgan", { email: "alex.morgan2@example.com", username: "amorgan2" }),
];

for (const dialect of dialects) {
  describe(`admin user search on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, people);
    const search = (query: Omit<UserSearch, "limit"> & { limit?: number }) =>
      searchUsers(
        database.db,
        { limit: 50, ...query },
        { now, password: defaultPolicies.password },
      );
    const ids = async (query: Omit<UserSearch, "limit">) =>
      (await search(query)).users.map((user) => user.id).sort();

    beforeAll(async () => {
      await database.db
        .insertInto("mfa_totp_factors")
        .values({
          id: "t1",
          user_id: "u01",
          secret_sealed: "not read by the search",
          status: "active",
          created_at: now,
          confirmed_at: now,
        })
        .execute();
    });

    it("finds people by the beginning of any word of their name, email, employee ID or department", async () => {
      expect(await ids({ query: "morg" })).toEqual(["u01", "u02", "u09"]);
      expect(await ids({ query: "MORGAN alex" })).toEqual(["u01", "u09"]);
      expect(await ids({ query: "e-10" })).toEqual(["u01"]);
      expect(await ids({ query: "1042" })).toEqual(["u01"]);
      expect(await ids({ query: "fin" })).toEqual(["u02", "u03"]);
      expect(await ids({ query: "zoë ńow" })).toEqual(["u03"]);
      expect(await ids({ query: "amorgan2" })).toEqual(["u09"]);
      expect(await ids({ query: "organ" })).toEqual([]); // a word's middle is not its beginning
      expect(await ids({ query: "%" })).toHaveLength(people.length); // no words: no narrowing
      expect(await ids({ query: "_alex%" })).toEqual(["u01", "u09"]); // punctuation splits, never matches
    });

    it("filters locked (only while the lock holds), disabled, admins, invited, MFA and expired passwords", async () => {
      expect(await ids({ filter: "locked" })).toEqual(["u05"]);
      expect(await ids({ filter: "disabled" })).toEqual(["u04"]);
      expect(await ids({ filter: "admins" })).toEqual(["u05"]);
      expect(await ids({ filter: "invited" })).toEqual(["u08"]);
      expect(await ids({ filter: "mfa_not_set_up" })).not.toContain("u01");
      expect(await ids({ filter: "mfa_not_set_up" })).toHaveLength(people.length - 1);
      expect(await ids({ filter: "password_expired" })).toEqual([]); // expiry off by default
      const expiring = await searchUsers(
        database.db,
        { limit: 50, filter: "password_expired" },
        { now, password: { ...defaultPolicies.password, maxAgeDays: 365 } },
      );
      expect(expiring.users.map((user) => user.id)).toEqual(["u07"]);
      expect(await ids({ query: "morgan", filter: "mfa_not_set_up" })).toEqual(["u02", "u09"]);
    });

    it("pages by name: every match exactly once, in order, whatever the page size", async () => {
      const everyone = await search({});
      expect(everyone.total).toBe(people.length);
      const names = everyone.users.map((user) => user.sort_name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      for (const limit of [1, 2, 3, 4, 8, 9]) {
        const seen: string[] = [];
        let after: UserSearch["after"];
        do {
          const page = await search({ limit, after });
          expect(page.total).toBe(people.length);
          seen.push(...page.users.map((user) => user.id));
          after = page.next;
        } while (after !== undefined);
        expect(seen).toEqual(everyone.users.map((user) => user.id));
      }
    });

    it("keeps the words in step when a name, email or department changes", async () => {
      await updateUser(database.db, "u02", { last_name: "Fairweather", department: "Legal" });
      expect(await ids({ query: "fairw" })).toEqual(["u02"]);
      expect(await ids({ query: "legal" })).toEqual(["u02"]);
      expect(await ids({ query: "fin" })).toEqual(["u03"]);
      await updateUser(database.db, "u02", { last_name: "Lee", department: "Finance" });
    });

    it("finds any generated person by a prefix of any of their words", async () => {
      const word = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
      let counter = 0;
      await fc.assert(
        fc.asyncProperty(word, word, fc.nat(), async (first, last, cut) => {
          counter += 1;
          const id = `gen${counter}`;
          await insertUser(
            database.db,
            person(id, first, last, { email: `${id}@example.com`, username: id }),
          );
          const words = `${first} ${last}`
            .normalize("NFKC")
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter((each) => each !== "");
          for (const each of words) {
            const prefix = [...each].slice(0, 1 + (cut % [...each].length)).join("");
            expect(await ids({ query: prefix })).toContain(id);
          }
          await database.db.deleteFrom("users").where("id", "=", id).execute();
        }),
        { numRuns: 40 },
      );
    });

    it("fills the words of accounts that existed before the search index", async () => {
      const older = await createTestDatabase(dialect);
      const olderDb = openDatabase(older.config);
      try {
        await migrateTo(olderDb, "0052-canonical-ssh-keys");
        await olderDb
          .insertInto("organizations")
          .values({ id: "org", name: "Org", created_at: now })
          .execute();
        const before: Partial<NewUser> = person("old1", "Grace", "Hopper", {
          department: "Navy Research",
        });
        delete before.invited_at; // the column came later
        await olderDb
          .insertInto("users")
          .values(before as NewUser)
          .execute();
        await migrateToLatest(olderDb);
        const found = await searchUsers(
          olderDb,
          { limit: 10, query: "navy hop" },
          { now, password: defaultPolicies.password },
        );
        expect(found.users.map((user) => user.id)).toEqual(["old1"]);
      } finally {
        await olderDb.destroy();
        await older.drop();
      }
    });
  });
}
