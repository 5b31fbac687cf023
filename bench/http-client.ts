// The bench's HTTP client and process probes: keep-alive requests to a local server, the CPU time
// and memory of a server process read from /proc, and a free port. No retries, no redirects.
import { readdirSync, readFileSync } from "node:fs";
import { type Agent, request } from "node:http";
import { createServer, type AddressInfo } from "node:net";

export type BenchResponse = {
  status: number;
  body: string;
  cookies: string[];
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
};

export function call(
  origin: string,
  agent: Agent,
  method: string,
  pathname: string,
  body?: object,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<BenchResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      `${origin}${pathname}`,
      {
        method,
        agent,
        headers: {
          ...(payload === undefined ? {} : { "content-type": "application/json", origin }),
          ...(cookie === undefined ? {} : { cookie }),
          ...extraHeaders,
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          const content = Buffer.concat(chunks);
          resolve({
            status: incoming.statusCode ?? 0,
            body: content.toString(),
            cookies: incoming.headers["set-cookie"] ?? [],
            headers: incoming.headers,
            bytes: content.length,
          });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

/** Polls `pathname` every 10 ms until it answers `status`, for up to 10 s; the milliseconds taken. */
export async function waitUntilAnswering(
  origin: string,
  agent: Agent,
  pathname: string,
  status: number,
  since = performance.now(),
): Promise<number> {
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    try {
      if ((await call(origin, agent, "GET", pathname)).status === status) {
        return performance.now() - since;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${origin}${pathname} did not answer within 10 s`);
}

/** User + system CPU time of a process so far, from /proc (clock ticks are 100 per second). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU time of a process so far, to the nanosecond: the sum of its threads' run time
 * (/proc/<pid>/task/<tid>/schedstat, first field). cpuSeconds counts in 10-ms ticks, too coarse
 * for a round of 0.3 CPU-s. A thread that ends takes its time out of the sum, so this compares
 * readings taken while a server runs, whose threads stay (V8's workers, libuv's pool).
 */
export function preciseCpuSeconds(pid: number): number {
  let nanoseconds = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      nanoseconds += Number(
        readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0],
      );
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return nanoseconds / 1e9;
}

export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) / 1024;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
