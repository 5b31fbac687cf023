// Bounded load for the fault suite: one worker per account, each from its own loopback address,
// repeating sign-in (now and then), a session check, a profile write and a SAML launch through
// the load balancer. Every answer is recorded with its time, and every profile write with
// whether it was acknowledged, so the suite can judge them against the faults it caused.
import { ClusterClient, signIn, type Answer } from "./cluster-client.ts";
import type { Account } from "./cluster-fixture.ts";

export type Outcome = {
  worker: number;
  step: "identify/password" | "session check" | "profile write" | "launch" | "launch page";
  startedAt: number;
  endedAt: number;
  status: number; // 0: no HTTP answer at all
  code: string | undefined;
  /** What went wrong beyond the status, e.g. an acknowledged write the next read did not show. */
  problem?: string;
};

export type ProfileWrite = { worker: number; value: string; acknowledged: boolean };

export type LoadOptions = {
  url: string;
  origin: string;
  accounts: Account[];
  samlAppId: string;
  /** Each worker stops after this many rounds, if the suite has not stopped it before. */
  maxRounds: number;
};

export type Load = {
  outcomes: Outcome[];
  writes: ProfileWrite[];
  /** Resolves once every worker has finished `rounds` more rounds than when called. */
  progress(rounds: number): Promise<void>;
  stop(): Promise<void>;
};

const signInEveryRounds = 10;
const pauseBetweenRoundsMilliseconds = 25; // keeps the load bounded on a shared machine

export function startLoad(options: LoadOptions): Load {
  const outcomes: Outcome[] = [];
  const writes: ProfileWrite[] = [];
  const rounds = options.accounts.map(() => 0);
  const waiters: { worker: number; target: number; resolve(): void }[] = [];
  let stopped = false;

  const wakeWaiters = (worker: number) => {
    for (const waiter of waiters.filter((one) => one.worker === worker)) {
      if ((rounds[worker] ?? 0) >= waiter.target) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  const finishRound = (worker: number) => {
    rounds[worker] = (rounds[worker] ?? 0) + 1;
    wakeWaiters(worker);
  };

  const runWorker = async (worker: number, account: Account) => {
    const client = new ClusterClient({
      baseUrl: options.url.replace("localhost", "127.0.0.1"),
      origin: options.origin,
      localAddress: `127.0.1.${worker + 1}`,
    });
    const record = async (
      step: Outcome["step"],
      call: () => Promise<Answer>,
      judge: (answer: Answer) => string | undefined = () => undefined,
    ): Promise<Answer | undefined> => {
      const startedAt = Date.now();
      try {
        const answer = await call();
        const problem = answer.status === 200 ? judge(answer) : undefined;
        outcomes.push({
          worker,
          step,
          startedAt,
          endedAt: Date.now(),
          status: answer.status,
          code: answer.code,
          ...(problem === undefined ? {} : { problem }),
        });
        return answer;
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        outcomes.push({
          worker,
          step,
          startedAt,
          endedAt: Date.now(),
          status: 0,
          code: undefined,
          problem,
        });
        return undefined;
      }
    };
    let signedIn = false;
    // Values this worker wrote that the database may hold: the last acknowledged one and any
    // attempted after it. A read must show one of them, or an acknowledged write was lost.
    let possible: string[] = [];
    try {
      for (let round = 0; round < options.maxRounds && !stopped; round += 1) {
        if (!signedIn || round % signInEveryRounds === 0) {
          client.cookies.clear();
          const answer = await record("identify/password", () =>
            signIn(client, account.email, account.password),
          );
          signedIn = answer?.status === 200;
        }
        if (signedIn) {
          const me = await record(
            "session check",
            () => client.send("GET", "/api/me"),
            (answer) => {
              const title = answer.json<{ employment: { jobTitle: string | null } }>().employment
                .jobTitle;
              return possible.length === 0 || possible.includes(title ?? "")
                ? undefined
                : `read "${title}", expected one of ${possible.join(", ")}`;
            },
          );
          signedIn = me?.status !== 401;
          const value = `w${worker}-r${round}`;
          const write = await record("profile write", () =>
            client.send("PATCH", "/api/me/profile", { jobTitle: value }),
          );
          const acknowledged = write?.status === 200;
          writes.push({ worker, value, acknowledged });
          possible = acknowledged ? [value] : [...possible, value];
          const launch = await record("launch", () =>
            client.send("POST", `/api/apps/${options.samlAppId}/launch`, {}),
          );
          if (launch?.status === 200) {
            const path = new URL(launch.json<{ url: string }>().url).pathname;
            await record(
              "launch page",
              () => client.send("GET", path),
              (answer) =>
                answer.body.includes('name="SAMLResponse"') ? undefined : "no SAMLResponse",
            );
          }
        }
        finishRound(worker);
        await new Promise((resolve) => setTimeout(resolve, pauseBetweenRoundsMilliseconds));
      }
    } finally {
      client.close();
      // A worker that is done satisfies every wait, so the suite never waits on it forever.
      rounds[worker] = Number.POSITIVE_INFINITY;
      wakeWaiters(worker);
    }
  };

  const running = Promise.all(options.accounts.map((account, index) => runWorker(index, account)));
  return {
    outcomes,
    writes,
    progress: (more) =>
      Promise.all(
        rounds.map(
          (done, worker) =>
            new Promise<void>((resolve) => {
              waiters.push({ worker, target: done + more, resolve });
              wakeWaiters(worker);
            }),
        ),
      ).then(() => undefined),
    async stop() {
      stopped = true;
      await running;
    },
  };
}
