// `gatehouse-admin requests run-timers`: an admin ends time-bound access that is past its end
// now, under the background job's lock — so it never runs beside a server's run — on both
// databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppAssigned } from "../../server/apps/app-store.ts";
import { systemClock } from "../../server/lib/clock.ts";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { UsageError } from "../../server/admin/cli/io.ts";
import { requestTimersJob } from "../../server/requests/request-timers.ts";
import { runExclusively } from "../../server/storage/job-lock.ts";
import { createRequestWorld, type RequestWorld } from "../fixtures/access-requests.ts";
import { dialects } from "../fixtures/databases.ts";

for (const dialect of dialects) {
  describe(`gatehouse-admin requests run-timers on ${dialect}`, () => {
    let world: RequestWorld;

    async function admin(argv: string[]): Promise<string> {
      const lines: string[] = [];
      await runAdminCommand(argv, {
        db: world.db,
        mailer: world.mailer,
        stdin: () => Promise.resolve(""),
        print: (line) => lines.push(line),
      });
      return lines.join("\n");
    }

    /** A 7-day grant of `<p>-app` to `<p>-req`, approved by the manager, whose end is past. */
    async function grantPastItsEnd(): Promise<string> {
      const p = await world.scene(() => [{ approver: "manager" }], { durations: [7] });
      const request = await world.ask(p, 7);
      expect((await world.decide(request.id, `${p}-boss`)).ok).toBe(true);
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(true);
      await world.db
        .updateTable("access_requests")
        .set({ grant_ends_at: Date.now() - 60_000 })
        .where("id", "=", request.id)
        .execute();
      return p;
    }

    beforeAll(async () => {
      world = await createRequestWorld(dialect);
    });
    afterAll(() => world.close());

    it("ends access past its end at once and says what it did", async () => {
      const p = await grantPastItsEnd();
      expect(await admin(["requests", "run-timers"])).toBe(
        "0 request(s) expired, 0 ending-soon notice(s) sent, 1 time-bound grant(s) ended.",
      );
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(false);
      const mails = await world.mailsTo(`${p}-req@example.com`);
      expect(mails.map((mail) => mail.subject)).toContain(`Your access to App ${p}-app has ended`);
      // A second run finds nothing left to do.
      expect(await admin(["requests", "run-timers"])).toMatch(/, 0 time-bound grant\(s\) ended\.$/);
    });

    it("does nothing while a server holds the job's lock", async () => {
      const p = await grantPastItsEnd();
      let output = "";
      const held = await runExclusively(
        world.db,
        requestTimersJob,
        async () => {
          output = await admin(["requests", "run-timers"]);
        },
        { clock: systemClock }, // the command's own clock: a lease it must see as live
      );
      expect(held.ran).toBe(true);
      expect(output).toBe("A server is running the timers right now; nothing was done twice.");
      expect(await isAppAssigned(world.db, `${p}-req`, `${p}-app`)).toBe(true);
      expect(await admin(["requests", "run-timers"])).toMatch(/, 1 time-bound grant\(s\) ended\.$/);
    });

    it("refuses an unknown verb with the usage", async () => {
      await expect(admin(["requests", "end-everything"])).rejects.toThrow(UsageError);
      await expect(admin(["requests"])).rejects.toThrow(/requests run-timers/);
    });
  });
}
