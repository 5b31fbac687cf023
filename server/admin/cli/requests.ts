// `gatehouse-admin requests run-timers`: runs the access-request timers job now, under the same
// lock as the servers' background job (server/app.ts), so an admin can expire undecided requests
// and end time-bound access at once instead of waiting for the next minute's run.
import { systemClock } from "../../lib/clock.ts";
import { requestTimersJob, runRequestTimers } from "../../requests/request-timers.ts";
import { announceNothing } from "../../storage/change-topics.ts";
import { runExclusively } from "../../storage/job-lock.ts";
import { UsageError, type AdminIo } from "./io.ts";

export const requestsUsage = `  requests run-timers   (expire undecided requests, end time-bound access now)`;

export async function runRequestsCommand(argv: string[], io: AdminIo): Promise<void> {
  const verb = argv[1] ?? "";
  if (verb !== "run-timers" || argv.length > 2) {
    throw new UsageError(
      `Unknown command "requests ${argv.slice(1).join(" ")}".\n\n${requestsUsage}`,
    );
  }
  if (io.mailer === undefined) {
    throw new UsageError("requests run-timers needs the mail settings to tell people.");
  }
  const mailer = io.mailer;
  const run = await runExclusively(
    io.db,
    requestTimersJob,
    () =>
      runRequestTimers({
        db: io.db,
        mailer,
        now: systemClock.now(),
        announce: io.announce ?? announceNothing,
      }),
    { clock: systemClock },
  );
  if (!run.ran) {
    io.print("A server is running the timers right now; nothing was done twice.");
    return;
  }
  const { expired, reminded, ended } = run.value;
  io.print(
    `${expired} request(s) expired, ${reminded} ending-soon notice(s) sent, ${ended} time-bound grant(s) ended.`,
  );
}
