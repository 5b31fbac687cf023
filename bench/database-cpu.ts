// The CPU time of a PostgreSQL server on this machine, read from /proc: the postmaster (with the
// backends it has reaped) and its live children. For figures that count the database's CPU with
// the instances'. A server on another machine cannot be read: undefined then.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { preciseCpuSeconds } from "./http-client.ts";

/** The PostgreSQL server process: the parent of the backend this connection talks to. */
export async function postmasterPid(url: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
    return parentOf(rows[0]?.pid ?? 0);
  } finally {
    await client.end();
  }
}

function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields === undefined ? undefined : Number(fields[1]);
}

/** /proc/<pid>/stat after the command name: state, ppid, …, utime at 11, stime at 12. */
function statFields(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ");
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds of a process so far, with its reaped children's when asked. */
export function processCpuSeconds(pid: number, withChildren = false): number {
  const fields = statFields(pid) ?? [];
  const ticks = [11, 12, ...(withChildren ? [13, 14] : [])].map((index) =>
    Number(fields[index] ?? 0),
  );
  return ticks.reduce((sum, value) => sum + value, 0) / 100;
}

/**
 * The database's CPU seconds so far: the server and its live backends to the nanosecond
 * (preciseCpuSeconds), and the backends it has reaped in /proc's 10-ms ticks, the only account
 * left of them. A pool's backends live through a measured round, so a round reads finer than a
 * tick (bench/token-rounds.ts).
 */
export function databaseCpuSeconds(postmaster: number | undefined): number {
  if (postmaster === undefined) {
    return 0;
  }
  let seconds = reapedChildrenCpuSeconds(postmaster) + livePreciseCpuSeconds(postmaster);
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    if (parentOf(Number(entry)) === postmaster) {
      seconds += livePreciseCpuSeconds(Number(entry));
    }
  }
  return seconds;
}

/** cutime + cstime: the CPU time of the children a process has waited for. */
function reapedChildrenCpuSeconds(pid: number): number {
  const fields = statFields(pid) ?? [];
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / 100;
}

/** A process's CPU time to the nanosecond, or 0 once it is gone. */
function livePreciseCpuSeconds(pid: number): number {
  try {
    return preciseCpuSeconds(pid);
  } catch {
    return 0; // it ended between the listing and the read
  }
}
