// The catalog and SSO tables behave the same on SQLite and PostgreSQL: assignment through
// groups, atomic single use of tickets and OIDC codes, the OP's lookups and expiry.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  listAssignedApps,
  assignApp,
  insertGroup,
  addGroupMember,
} from "../../server/apps/app-store.ts";
import { issueLaunchTicket, redeemLaunchTicket } from "../../server/launch/launch-tickets.ts";
import { createManualClock, systemRandom } from "../../server/lib/clock.ts";
import { createOidcAdapterFactory } from "../../server/oidc/oidc-adapter.ts";
import { ensureSsoKeys, rotateSsoKeys } from "../../server/sso/sso-keys.ts";
import { insertBookmarkApp } from "../fixtures/bookmark-app.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabaseWithUsers, testUser } from "../fixtures/migrated-database.ts";

const instant = Date.UTC(2031, 4, 6, 7, 8, 9, 123);

for (const dialect of dialects) {
  describe(`catalog and SSO storage on ${dialect}`, () => {
    const database = migratedDatabaseWithUsers(dialect, [testUser("u1"), testUser("u2")]);
    const clock = createManualClock(instant);

    beforeAll(async () => {
      for (const id of ["a1", "a2", "a3"]) {
        await insertBookmarkApp(database.db, { id, organizationId: "org", name: `App ${id}` });
      }
    });

    it("lists apps assigned to the user directly and through groups, once each", async () => {
      await insertGroup(database.db, {
        id: "g1",
        organization_id: "org",
        name: "Team",
        created_at: instant,
      });
      await addGroupMember(database.db, "g1", "u1");
      await assignApp(database.db, {
        appId: "a1",
        principalType: "user",
        principalId: "u1",
        now: instant,
      });
      await assignApp(database.db, {
        appId: "a2",
        principalType: "group",
        principalId: "g1",
        now: instant,
      });
      await assignApp(database.db, {
        appId: "a2",
        principalType: "user",
        principalId: "u1",
        now: instant,
      });
      await assignApp(database.db, {
        appId: "a3",
        principalType: "user",
        principalId: "u2",
        now: instant,
      });
      expect((await listAssignedApps(database.db, "u1")).map((app) => app.id)).toEqual([
        "a1",
        "a2",
      ]);
      expect((await listAssignedApps(database.db, "u2")).map((app) => app.id)).toEqual(["a3"]);
    });

    it("redeems a launch ticket once when two redemptions race", async () => {
      const context = { db: database.db, clock, random: systemRandom };
      const { ticket } = await issueLaunchTicket(context, { userId: "u1", appId: "a1" });
      const results = await Promise.all([
        redeemLaunchTicket(context, ticket),
        redeemLaunchTicket(context, ticket),
        redeemLaunchTicket(context, ticket),
      ]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
    });

    it("keeps the OP's payloads with lookups, single-use consumption and grant revocation", async () => {
      const adapter = createOidcAdapterFactory(database.db)("AuthorizationCode");
      await adapter.upsert(
        "code1",
        { grantId: "grant1", uid: "uid1", kind: "AuthorizationCode" },
        60,
      );
      expect(await adapter.find("code1")).toMatchObject({ grantId: "grant1" });
      expect(await adapter.findByUid("uid1")).toMatchObject({ grantId: "grant1" });
      const consumptions = await Promise.allSettled([
        adapter.consume("code1"),
        adapter.consume("code1"),
      ]);
      expect(consumptions.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await adapter.find("code1")).toHaveProperty("consumed");
      await adapter.revokeByGrantId("grant1");
      expect(await adapter.find("code1")).toBeUndefined();
      await adapter.upsert("expired", { kind: "AuthorizationCode" }, -1);
      expect(await adapter.find("expired")).toBeUndefined();
    });

    it("generates the organization's keys once and rotates them, keeping the old ones published", async () => {
      const context = { db: database.db, clock, random: systemRandom, sealingKey: randomBytes(32) };
      const first = await ensureSsoKeys(context, "org");
      expect(first.filter((key) => key.retired_at === null)).toHaveLength(4);
      // At rest the private halves are sealed; only the server key opens them.
      const stored = await database.db.selectFrom("sso_keys").select(["private_key"]).execute();
      expect(stored.every((row) => row.private_key.startsWith("v1."))).toBe(true);
      expect(JSON.stringify(stored)).not.toContain("PRIVATE KEY");
      expect(first.find((key) => key.purpose === "saml-signing")?.private_key).toContain(
        "BEGIN PRIVATE KEY",
      );
      await expect(
        ensureSsoKeys({ ...context, sealingKey: randomBytes(32) }, "org"),
      ).rejects.toThrow();
      expect(await ensureSsoKeys(context, "org")).toHaveLength(4);
      clock.advance(1000);
      await rotateSsoKeys(context, "org", "saml-signing");
      const after = await ensureSsoKeys(context, "org");
      expect(after).toHaveLength(5);
      expect(
        after.filter((key) => key.purpose === "saml-signing" && key.retired_at !== null),
      ).toHaveLength(1);
    });
  });
}
