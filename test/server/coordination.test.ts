// Several instances on one database agree: a change published on one reaches the others (by
// NOTIFY on PostgreSQL, by comparing versions everywhere), and a job runs on one at a time.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import type { DatabaseConfig } from "../../server/config/settings.ts";
import { createManualClock } from "../../server/lib/clock.ts";
import { openChangeChannel, type ChangeChannel } from "../../server/storage/change-channel.ts";
import { openChangeChannelFor } from "../../server/storage/change-channel-for-database.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { runExclusively } from "../../server/storage/job-lock.ts";
import { dialects } from "../fixtures/databases.ts";
import { openMigratedDatabase, type OpenMigratedDatabase } from "../fixtures/migrated-database.ts";

const anHour = 3_600_000;

/** Resolves the next time `topic` changes on `channel`. */
function nextChange(channel: ChangeChannel, topic: string): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = channel.subscribe(topic, () => {
      unsubscribe();
      resolve();
    });
  });
}

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

for (const dialect of dialects) {
  describe(`instances sharing one ${dialect} database`, () => {
    let database: OpenMigratedDatabase;
    let first: Db;
    let second: Db;
    const channels: ChangeChannel[] = [];
    const errors: unknown[] = [];

    beforeEach(async () => {
      database = await openMigratedDatabase(dialect);
      first = database.db;
      second = openDatabase(database.config);
    });
    afterEach(async () => {
      await Promise.all(channels.splice(0).map((channel) => channel.close()));
      await second.destroy();
      await database.close();
      errors.length = 0;
    });

    /** A channel that never polls by itself, so only a signal or checkNow can deliver. */
    const openQuietChannel = async (db: Db, config: DatabaseConfig, withSignal: boolean) => {
      const channel = withSignal
        ? await openChangeChannelFor(db, config, (error) => errors.push(error))
        : await openChangeChannel(db, {
            pollMilliseconds: anHour,
            onError: (error) => errors.push(error),
          });
      channels.push(channel);
      return channel;
    };

    it("a change published on one instance reaches a listener on the same instance at once", async () => {
      const channel = await openQuietChannel(first, database.config, false);
      let calls = 0;
      channel.subscribe("policies", () => (calls += 1));
      await channel.publish("policies");
      await channel.publish("policies");
      expect(calls).toBe(2);
    });

    it("another instance sees the change when it compares versions, once per change", async () => {
      const publisher = await openQuietChannel(first, database.config, false);
      const listener = await openQuietChannel(second, database.config, false);
      const seen: string[] = [];
      listener.subscribe("policies", () => seen.push("policies"));
      listener.subscribe("sso-keys", () => seen.push("sso-keys"));
      await listener.checkNow();
      expect(seen).toEqual([]);

      await publisher.publish("sso-keys");
      await listener.checkNow();
      await listener.checkNow();
      expect(seen).toEqual(["sso-keys"]);
      expect(errors).toEqual([]);
    });

    it("a change published before an instance opened its channel is not replayed to it", async () => {
      const publisher = await openQuietChannel(first, database.config, false);
      await publisher.publish("policies");
      const late = await openQuietChannel(second, database.config, false);
      let calls = 0;
      late.subscribe("policies", () => (calls += 1));
      await late.checkNow();
      expect(calls).toBe(0);
    });

    it("a job runs on one instance at a time and is free again when the run ends", async () => {
      const clock = createManualClock();
      const holding = deferred();
      const started = deferred();
      const running = runExclusively(
        first,
        "sweep",
        async () => {
          started.resolve();
          await holding.promise;
          return "first";
        },
        { clock },
      );
      await started.promise;
      const meanwhile = await runExclusively(second, "sweep", () => Promise.resolve("second"), {
        clock,
      });
      const otherJob = await runExclusively(second, "reminders", () => Promise.resolve(1), {
        clock,
      });
      holding.resolve();
      expect(await running).toEqual({ ran: true, value: "first" });
      expect(meanwhile).toEqual({ ran: false });
      expect(otherJob).toEqual({ ran: true, value: 1 });
      expect(
        await runExclusively(second, "sweep", () => Promise.resolve("later"), { clock }),
      ).toEqual({ ran: true, value: "later" });
    });

    // A crashed holder frees the job differently per database: a lease row lapses on SQLite,
    // the advisory lock ends with its connection on PostgreSQL.
    if (dialect === "sqlite") {
      it("on SQLite the lease of a holder that crashed lapses, and only then another run starts", async () => {
        const clock = createManualClock();
        await first
          .insertInto("job_leases")
          .values({ job: "sweep", holder: "crashed", expires_at: clock.now() + 60_000 })
          .execute();
        const work = () => Promise.resolve("ran");
        expect(await runExclusively(second, "sweep", work, { clock })).toEqual({ ran: false });
        clock.advance(60_000);
        expect(await runExclusively(second, "sweep", work, { clock })).toEqual({
          ran: true,
          value: "ran",
        });
      });
    } else {
      it("on PostgreSQL the lock of a holder whose connection ended is free at once", async () => {
        const clock = createManualClock();
        const url = database.config.dialect === "postgres" ? database.config.url : "";
        const crashed = new pg.Client({ connectionString: url });
        await crashed.connect();
        await crashed.query("select pg_advisory_lock(hashtext($1))", ["gatehouse:sweep"]);
        const work = () => Promise.resolve("ran");
        expect(await runExclusively(second, "sweep", work, { clock })).toEqual({ ran: false });
        await crashed.end();
        expect(await runExclusively(second, "sweep", work, { clock })).toEqual({
          ran: true,
          value: "ran",
        });
      });
    }

    it("a run that throws still frees the job", async () => {
      const clock = createManualClock();
      await expect(
        runExclusively(first, "sweep", () => Promise.reject(new Error("boom")), { clock }),
      ).rejects.toThrow("boom");
      expect(await runExclusively(second, "sweep", () => Promise.resolve(2), { clock })).toEqual({
        ran: true,
        value: 2,
      });
    });
  });
}

describe("PostgreSQL NOTIFY", () => {
  let database: OpenMigratedDatabase;
  let first: Db;
  let second: Db;
  const channels: ChangeChannel[] = [];

  beforeEach(async () => {
    database = await openMigratedDatabase("postgres");
    first = database.db;
    second = openDatabase(database.config);
  });
  afterEach(async () => {
    await Promise.all(channels.splice(0).map((channel) => channel.close()));
    await second.destroy();
    await database.close();
  });

  const open = async (db: Db) => {
    // The fallback poll is 5 s; the test timeout would expire long before a second poll.
    const channel = await openChangeChannelFor(db, database.config, () => undefined);
    channels.push(channel);
    return channel;
  };

  it("delivers a change to another instance without waiting for the fallback poll", async () => {
    const publisher = await open(first);
    const listener = await open(second);
    const delivered = nextChange(listener, "policies");
    await publisher.publish("policies");
    await expect(delivered).resolves.toBeUndefined();
  });

  it("after its listening connection is cut, an instance reconnects and catches up", async () => {
    const publisher = await open(first);
    const listener = await open(second);
    const url = database.config.dialect === "postgres" ? database.config.url : "";
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const delivered = nextChange(listener, "sso-keys");
      // Cut every LISTEN connection on this test's database (other files run beside it on the
      // same server), then publish while the listener is reconnecting.
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen %' and pid <> pg_backend_pid() and datname = current_database()",
      );
      await publisher.publish("sso-keys");
      await expect(delivered).resolves.toBeUndefined();
    } finally {
      await admin.end();
    }
  });
});
