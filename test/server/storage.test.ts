// The storage layer behaves the same on SQLite and PostgreSQL: one migration set, the same
// values back, the same constraints.
import { describe, expect, it } from "vitest";
import { migrateToLatest } from "../../server/storage/migrate.ts";
import type { NewUser } from "../../server/storage/schema.ts";
import { findUserByEmail, insertUser } from "../../server/storage/users.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

const instant = Date.UTC(2031, 4, 6, 7, 8, 9, 123); // past 2^31 seconds, with milliseconds

function newUser(id: string, email: string, organizationId: string): NewUser {
  return testUser(id, {
    organization_id: organizationId,
    email,
    first_name: "Zoë",
    last_name: "Ńowak",
    display_name: "Zoë Ńowak",
    start_date: "2024-02-29",
    created_at: instant,
    updated_at: instant,
  });
}

for (const dialect of dialects) {
  describe(`storage on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, []);

    it("migrates an up-to-date database again without change", async () => {
      await expect(migrateToLatest(database.db)).resolves.toBeUndefined();
    });

    it("returns millisecond timestamps as numbers and text exactly as stored", async () => {
      await insertUser(database.db, newUser("u1", "Zoe.Nowak@Example.com", "org"));
      const user = await findUserByEmail(database.db, "zoe.nowak@example.com");
      expect(user?.created_at).toBe(instant);
      expect(typeof user?.created_at).toBe("number");
      expect(user).toMatchObject({
        email: "zoe.nowak@example.com",
        first_name: "Zoë",
        last_name: "Ńowak",
        start_date: "2024-02-29",
      });
    });

    it("refuses a second account with the same email", async () => {
      await expect(
        insertUser(database.db, newUser("u2", "ZOE.NOWAK@example.com", "org")),
      ).rejects.toThrow();
    });

    it("refuses a role outside the known ones", async () => {
      await expect(
        insertUser(database.db, {
          ...newUser("u3", "x@example.com", "org"),
          role: "root" as "user",
        }),
      ).rejects.toThrow();
    });

    it("removes a user's sessions with the user", async () => {
      await insertUser(database.db, newUser("u4", "gone@example.com", "org"));
      await database.db
        .insertInto("sessions")
        .values({
          id: "s4",
          user_id: "u4",
          secret_hash: "00",
          created_at: instant,
          verified_at: instant,
          last_seen_at: instant,
          expires_at: instant,
          ip: null,
          user_agent: null,
        })
        .execute();
      await database.db.deleteFrom("users").where("id", "=", "u4").execute();
      expect(
        await database.db.selectFrom("sessions").selectAll().where("id", "=", "s4").execute(),
      ).toEqual([]);
    });
  });
}
