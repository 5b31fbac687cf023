// The fault suite (docs/admin.md, "Several instances"): three instances behind HAProxy on one
// PostgreSQL, under a bounded load of sign-ins, session checks, profile writes and SAML launches,
// while one instance is killed (SIGKILL), one drains (SIGTERM) and PostgreSQL restarts. No
// acknowledged write may be lost, and no request may fail except during the database outage —
// and then only with a coded 503, /readyz saying 503, until the cluster recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Instance } from "../../scripts/cluster/instances.ts";
import { waitFor } from "../../scripts/cluster/wait-for.ts";
import { ClusterClient } from "./cluster-client.ts";
import { clusterSkipReason, startClusterFixture, type ClusterFixture } from "./cluster-fixture.ts";
import { startLoad, type Load, type Outcome } from "./load.ts";

type FaultWindow = { fault: "kill" | "drain" | "database"; from: number; to: number };

const unavailableCodes = ["SERVICE_UNAVAILABLE", "NOT_READY"];

/** Whether an answer is what the fault going on at that moment allows. */
function isAllowed(outcome: Outcome, windows: FaultWindow[]): boolean {
  if (outcome.problem !== undefined || outcome.status === 0) {
    return false; // a lost write, a page without its SAML response, or no answer at all
  }
  if (outcome.status < 400) {
    return true;
  }
  const during = (fault: FaultWindow["fault"]) =>
    windows.some(
      (window) =>
        window.fault === fault && outcome.startedAt <= window.to && outcome.endedAt >= window.from,
    );
  if (during("database")) {
    // Coded 503s only; a sign-in started before the outage may find its flow gone with it.
    return (
      (outcome.status === 503 &&
        (unavailableCodes.includes(outcome.code ?? "") || outcome.code === undefined)) ||
      outcome.code === "LOGIN_FLOW_EXPIRED"
    );
  }
  if (during("kill")) {
    // HAProxy replays a request whose instance died before answering; a one-time step that the
    // dead instance had already completed then says so, as it should.
    return (
      outcome.code === "LOGIN_FLOW_EXPIRED" ||
      (outcome.step === "launch page" && outcome.status === 410)
    );
  }
  return false;
}

if (clusterSkipReason !== undefined) {
  console.log(`The cluster suite is ${clusterSkipReason}.`);
}

describe.skipIf(clusterSkipReason !== undefined)(
  `a cluster of three instances survives its faults${clusterSkipReason === undefined ? "" : ` (${clusterSkipReason})`}`,
  () => {
    let fixture: ClusterFixture;
    let load: Load;
    const windows: FaultWindow[] = [];

    const stateOf = async (instance: Instance) =>
      (await fixture.cluster.loadBalancer.states())[instance.name];
    const until = (instance: Instance, state: "UP" | "DOWN") =>
      waitFor(
        `HAProxy to see ${instance.name} ${state}`,
        30_000,
        async () => (await stateOf(instance)) === state,
      );
    const readiness = async (instance: Instance) => {
      const answer = await fetch(`${instance.url}/readyz`).catch(() => undefined);
      return {
        status: answer?.status,
        code: ((await answer?.json().catch(() => ({}))) as { code?: string } | undefined)?.code,
      };
    };

    beforeAll(async () => {
      fixture = await startClusterFixture({
        name: "faults",
        instanceCount: 3,
        userCount: 4,
        // The load signs in often from few addresses; the limits have their own suite.
        environment: { GATEHOUSE_SIGNIN_RATE_LIMIT: "10000" },
      });
      load = startLoad({
        url: fixture.cluster.url,
        origin: fixture.cluster.url,
        accounts: fixture.users,
        samlAppId: fixture.samlAppId,
        maxRounds: 400,
      });
      await load.progress(2);
    });
    afterAll(async () => {
      await load?.stop();
      await fixture?.stop();
    });

    it("an instance killed with SIGKILL leaves the rotation, and rejoins once restarted", async () => {
      const [killed] = fixture.cluster.instances as [Instance];
      const from = Date.now();
      killed.signal("SIGKILL");
      expect(await killed.exited()).toBeNull(); // ended by the signal, with no say in it
      await until(killed, "DOWN");
      await load.progress(2);
      await killed.start();
      await until(killed, "UP");
      windows.push({ fault: "kill", from, to: Date.now() });
      await load.progress(1);
    });

    it("an instance sent SIGTERM drains: not ready at once, out of the rotation, then exits 0", async () => {
      const drained = fixture.cluster.instances[1]!;
      const from = Date.now();
      drained.signal("SIGTERM");
      await waitFor("the draining instance's /readyz to say 503", 5_000, async () => {
        const { status, code } = await readiness(drained);
        return status === 503 && code === "NOT_READY";
      });
      await until(drained, "DOWN");
      expect(await drained.exited()).toBe(0);
      await drained.start();
      await until(drained, "UP");
      windows.push({ fault: "drain", from, to: Date.now() });
      await load.progress(1);
    });

    it("a PostgreSQL restart: 503s with a code while it is down, then recovery by itself", async () => {
      const client = new ClusterClient({
        baseUrl: fixture.cluster.url,
        origin: fixture.cluster.url,
      });
      const from = Date.now();
      await fixture.postgres.stop();
      for (const instance of fixture.cluster.instances) {
        await waitFor(`${instance.name}'s /readyz to say 503`, 15_000, async () => {
          const { status, code } = await readiness(instance);
          return status === 503 && code === "NOT_READY";
        });
      }
      for (const instance of fixture.cluster.instances) {
        await until(instance, "DOWN");
      }
      const meanwhile = await client.send("GET", "/api/me");
      expect(meanwhile.status).toBe(503);
      expect(unavailableCodes).toContain(meanwhile.code);
      await load.progress(1);

      await fixture.postgres.start();
      const back = Date.now();
      await fixture.cluster.settled(30_000);
      windows.push({ fault: "database", from, to: Date.now() });
      console.log(`The cluster was ready again ${Date.now() - back} ms after PostgreSQL returned.`);
      expect((await client.send("GET", "/readyz")).status).toBe(200);
      client.close();
      await load.progress(2);
    });

    it("lost no acknowledged write, and failed nothing outside the faults' allowances", async () => {
      await load.stop();
      const tally = new Map<string, number>();
      for (const outcome of load.outcomes) {
        const key = `${outcome.step} ${outcome.status}${outcome.code === undefined ? "" : ` ${outcome.code}`}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      console.log([...tally].map(([key, count]) => `${count}\t${key}`).join("\n"));
      const failures = load.outcomes.filter((outcome) => !isAllowed(outcome, windows));
      expect(failures, `see ${fixture.logFile}`).toEqual([]);
      for (const step of ["identify/password", "session check", "profile write", "launch page"]) {
        const succeeded = load.outcomes.filter(
          (outcome) => outcome.step === step && outcome.status === 200,
        );
        expect(succeeded.length, step).toBeGreaterThan(fixture.users.length);
      }
      // Every account's last acknowledged value (or a later attempted one) is what is stored.
      for (const [worker, account] of fixture.users.entries()) {
        const client = new ClusterClient({
          baseUrl: fixture.cluster.url,
          origin: fixture.cluster.url,
        });
        const identify = await client.send("POST", "/api/auth/identify", { email: account.email });
        expect(identify.status).toBe(200);
        expect(
          (await client.send("POST", "/api/auth/password", { password: account.password })).status,
        ).toBe(200);
        const me = await client.send("GET", "/api/me");
        const stored = me.json<{ employment: { jobTitle: string | null } }>().employment.jobTitle;
        const writes = load.writes.filter((write) => write.worker === worker);
        const lastAcknowledged = writes.map((write) => write.acknowledged).lastIndexOf(true);
        const possible = writes.slice(lastAcknowledged).map((write) => write.value);
        expect(possible).toContain(stored);
        client.close();
      }
    });
  },
);
