// The users CSV import and the invitation sent again, on both databases: the dry run shows every
// row's outcome and writes nothing; the import applies exactly that plan in one transaction (a
// file with errors, or a database that changed since the dry run, imports nothing); created
// users get an invitation whose link a resend replaces; bad files get words, never a 5xx.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGroup } from "../../../server/admin/group-admin.ts";
import { invitationResendsPerMinute } from "../../../server/routes/admin/user-actions.ts";
import type { UserImportPlan } from "../../../server/schemas/admin-import.ts";
import { dialects } from "../../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../../fixtures/test-server.ts";

for (const dialect of dialects) {
  describe(`users CSV import (${dialect})`, () => {
    let server: TestServer;
    let existing: TestUser;
    const admin = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await signIn(server, admin, await createTestUser(server, { role: "admin" }));
      existing = await createTestUser(server, { email: "kept@example.com" });
      const actor = { db: server.context.db, now: server.clock.now(), actorId: null };
      await createGroup(actor, "Engineering");
      await createGroup(actor, "Finance");
    });
    afterAll(() => server.close());

    const dryRun = async (csv: string) => {
      const answer = await callApi(server, admin, "POST", "/api/admin/users/import/dry-run", {
        csv,
      });
      expect(answer.statusCode).toBe(200);
      return answer.json<UserImportPlan>();
    };
    const userCount = async () =>
      Number(
        (
          await server.context.db
            .selectFrom("users")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const outbox = (to: string) =>
      server.context.db
        .selectFrom("mail_outbox")
        .select("body")
        .where("recipient", "=", to)
        .orderBy("created_at")
        .execute();

    const file = [
      "\uFEFFEmail,Given_Name,Family_Name,Employee_ID,Department,Manager_Email,Groups",
      "ann@example.com,Ann,Lee,E-1,Engineering,kept@example.com,Engineering;Finance",
      '"bo@example.com","Bo","Nguyen, Jr.",E-2,"Finance",ann@example.com,',
      "",
      "kept@example.com,,,,Sales,,Engineering",
      "kept@example.com,,,,,,",
    ].join("\r\n");

    it("shows every row's outcome before anything is written", async () => {
      const before = await userCount();
      const plan = await dryRun(file);
      expect(plan.problem).toBeNull();
      expect(plan.rows.map((row) => [row.line, row.email, row.outcome])).toEqual([
        [2, "ann@example.com", "create"],
        [3, "bo@example.com", "create"],
        [5, "kept@example.com", "update"],
        [6, "kept@example.com", "error"],
      ]);
      expect(plan.rows[2]).toMatchObject({
        changes: [{ field: "department", before: null, after: "Sales" }],
        joins: ["Engineering"],
      });
      expect(plan.rows[3]?.errors).toEqual([
        { column: "email", reason: "duplicate_email", value: "5" },
      ]);
      expect(plan.counts).toEqual({ create: 2, update: 1, unchanged: 0, error: 1 });
      expect(await userCount()).toBe(before);
    });

    it("names the column and reason of each bad cell", async () => {
      const plan = await dryRun(
        [
          "email,given_name,family_name,manager_email,groups",
          "=cmd@example.com,A,B,,",
          "new@example.com,,B,,",
          "x@example.com,@SUM(1),B,nobody@example.com,Nope",
          "y@example.com,A,B,y@example.com,",
          "not-an-address,A,B,,",
          "z@example.com,A",
        ].join("\n"),
      );
      expect(plan.rows.map((row) => row.errors.map((e) => `${e.column}:${e.reason}`))).toEqual([
        ["email:formula"],
        ["given_name:required"],
        ["given_name:formula", "manager_email:unknown_manager", "groups:unknown_group"],
        ["manager_email:own_manager"],
        ["email:invalid_email"],
        [":field_count", "family_name:required"],
      ]);
    });

    it("refuses whole files it cannot read, in words", async () => {
      const problems = async (csv: string) => (await dryRun(csv)).problem?.reason;
      expect(await problems("")).toBe("empty");
      expect(await problems("email\n")).toBe("empty");
      expect(await problems("name,given_name\nx,y")).toBe("unknown_column");
      expect(await problems("given_name\nx")).toBe("missing_column");
      expect(await problems("email,EMAIL\na@example.com,b@example.com")).toBe("duplicate_column");
      expect(await problems('email\n"a@example.com')).toBe("unclosed_quote");
      expect(await problems(`email\n${"a@example.com\n".repeat(5001)}`)).toBe("too_many_rows");
      expect(await problems(`email\n${"x".repeat(1_000_001)}`)).toBe("too_large");
    });

    it("imports nothing while the file has errors", async () => {
      const plan = await dryRun(file);
      const before = await userCount();
      const refused = await callApi(server, admin, "POST", "/api/admin/users/import", {
        csv: file,
        digest: plan.digest,
      });
      expect(refused.statusCode).toBe(400);
      expect(await userCount()).toBe(before);
    });

    const clean = file.split("\r\n").slice(0, -1).join("\r\n");

    it("refuses a plan the database no longer matches", async () => {
      const plan = await dryRun(clean);
      await createTestUser(server, { email: "bo@example.com" }); // someone else made Bo meanwhile
      const refused = await callApi(server, admin, "POST", "/api/admin/users/import", {
        csv: clean,
        digest: plan.digest,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: "IMPORT_PLAN_CHANGED" });
      expect(
        await server.context.db
          .selectFrom("users")
          .select("id")
          .where("email", "=", "ann@example.com")
          .execute(),
      ).toEqual([]);
    });

    it("applies exactly the dry run's plan and invites the created users", async () => {
      const plan = await dryRun(clean);
      expect(plan.counts).toEqual({ create: 1, update: 2, unchanged: 0, error: 0 });
      const imported = await callApi(server, admin, "POST", "/api/admin/users/import", {
        csv: clean,
        digest: plan.digest,
      });
      expect(imported.json()).toEqual({
        created: 1,
        updated: 2,
        unchanged: 0,
        invitationsSent: 1,
        invitationsFailed: 0,
      });
      const ann = await server.context.db
        .selectFrom("users")
        .selectAll()
        .where("email", "=", "ann@example.com")
        .executeTakeFirstOrThrow();
      expect(ann).toMatchObject({
        first_name: "Ann",
        employee_id: "E-1",
        department: "Engineering",
        manager: "kept@example.com",
      });
      expect(ann.invited_at).not.toBeNull();
      const kept = await server.context.db
        .selectFrom("users")
        .select(["department", "first_name"])
        .where("id", "=", existing.id)
        .executeTakeFirstOrThrow();
      expect(kept).toEqual({ department: "Sales", first_name: "Test" });
      const memberships = await server.context.db
        .selectFrom("group_members")
        .innerJoin("groups", "groups.id", "group_members.group_id")
        .select("groups.name")
        .where("group_members.user_id", "=", ann.id)
        .orderBy("groups.name")
        .execute();
      expect(memberships.map((row) => row.name)).toEqual(["Engineering", "Finance"]);
      expect((await outbox("ann@example.com"))[0]?.body).toContain("/reset-password#token=");
      // Run again, the same file changes nothing more.
      expect((await dryRun(clean)).counts).toEqual({
        create: 0,
        update: 0,
        unchanged: 3,
        error: 0,
      });
    });

    it("sends an invitation again: the old link stops working, audited, rate-limited", async () => {
      const ann = await server.context.db
        .selectFrom("users")
        .select("id")
        .where("email", "=", "ann@example.com")
        .executeTakeFirstOrThrow();
      const linkOf = async () => {
        const mails = await outbox("ann@example.com");
        const body = mails.at(-1)?.body ?? "";
        return decodeURIComponent(/#token=(\S+)/.exec(body)?.[1] ?? "");
      };
      const check = (token: string) =>
        callApi(server, new CookieJar(), "POST", "/api/auth/reset-password/check", { token });
      const oldLink = await linkOf();
      expect((await check(oldLink)).statusCode).toBe(200);
      server.clock.advance(1000);
      const resent = await callApi(server, admin, "POST", `/api/admin/users/${ann.id}/invitation`);
      expect(resent.statusCode).toBe(200);
      const newLink = await linkOf();
      expect(newLink).not.toBe(oldLink);
      expect((await check(oldLink)).statusCode).toBe(400);
      expect((await check(newLink)).statusCode).toBe(200);
      const events = await server.context.db
        .selectFrom("audit_events")
        .select(["target_id", "details"])
        .where("event", "=", "user.invitation_sent")
        .execute();
      expect(events).toEqual([{ target_id: ann.id, details: JSON.stringify({ resent: "yes" }) }]);

      const notInvited = await callApi(
        server,
        admin,
        "POST",
        `/api/admin/users/${existing.id}/invitation`,
      );
      expect(notInvited.statusCode).toBe(400);
      expect(notInvited.json()).toMatchObject({ reason: "not_invited" });
      const answers: number[] = [];
      for (let attempt = 0; attempt < invitationResendsPerMinute; attempt += 1) {
        answers.push(
          (await callApi(server, admin, "POST", `/api/admin/users/${ann.id}/invitation`))
            .statusCode,
        );
      }
      expect(answers.at(-1)).toBe(429); // one resend and one refusal came before these
    });
  });
}
