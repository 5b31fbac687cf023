// Change notification across server instances on one database (docs/architecture.md, "Several
// instances"): a topic's version is raised in the database on every change, and each instance
// compares the versions with what it last saw — when PostgreSQL NOTIFY says so, and on a timer
// as the fallback for a missed notification (or on SQLite, where polling is the only way).
// Listeners get a hint, not data: they re-read what changed from the database.
import { sql } from "kysely";
import type { Db } from "./database.ts";
import { readPreparedValue } from "./prepared-reads.ts";

export interface ChangeChannel {
  /** Tells every instance, this one included, that `topic` changed. */
  publish(topic: string): Promise<void>;
  /** Calls `onChange` whenever `topic` changes on any instance; returns the unsubscribe. */
  subscribe(topic: string, onChange: () => void): () => void;
  /** Compares the stored versions with the ones seen so far, now. */
  checkNow(): Promise<void>;
  close(): Promise<void>;
}

/** Where notifications come from besides the timer (PostgreSQL LISTEN); absent on SQLite. */
export interface ChangeSignal {
  /** Starts listening; `onSignal` runs on every notification and after every reconnect. */
  start(onSignal: () => void): Promise<void>;
  /** Tells the other instances to check now. */
  send(topic: string): Promise<void>;
  stop(): Promise<void>;
}

export type ChangeChannelOptions = {
  /** How often versions are compared without a signal. */
  pollMilliseconds: number;
  signal?: ChangeSignal;
  onError(error: unknown): void;
};

export async function openChangeChannel(
  db: Db,
  options: ChangeChannelOptions,
): Promise<ChangeChannel> {
  const listeners = new Map<string, Set<() => void>>();
  const seen = new Map<string, number>();
  let closed = false;

  const notify = (topic: string) => {
    for (const listener of listeners.get(topic) ?? []) {
      try {
        listener();
      } catch (error) {
        options.onError(error);
      }
    }
  };

  const readVersions = () =>
    db.selectFrom("change_versions").select(["topic", "version"]).execute();

  // Checks never overlap; a signal that arrives during one asks for exactly one more.
  let running: Promise<void> | undefined;
  let again = false;
  const compareVersions = async () => {
    for (const { topic, version } of await readVersions()) {
      if (version > (seen.get(topic) ?? 0)) {
        seen.set(topic, version);
        notify(topic);
      }
    }
  };
  const checkNow = (): Promise<void> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await compareVersions();
        } catch (error) {
          options.onError(error);
        }
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  for (const { topic, version } of await readVersions()) {
    seen.set(topic, version);
  }
  await options.signal?.start(() => void checkNow());
  const timer = setInterval(() => void checkNow(), options.pollMilliseconds);
  timer.unref();

  return {
    async publish(topic) {
      const version = await raiseVersion(db, topic);
      if (version > (seen.get(topic) ?? 0)) {
        seen.set(topic, version);
        notify(topic);
      }
      await options.signal?.send(topic).catch((error: unknown) => options.onError(error));
    },
    subscribe(topic, onChange) {
      let set = listeners.get(topic);
      if (set === undefined) {
        set = new Set();
        listeners.set(topic, set);
      }
      set.add(onChange);
      return () => {
        set.delete(onChange);
      };
    },
    checkNow,
    async close() {
      closed = true;
      clearInterval(timer);
      await options.signal?.stop();
      await running;
    },
  };
}

/** Reads a topic's current version (0 before its first change); the SQL is built once. */
export function topicVersionReader(db: Db, topic: string): () => Promise<number> {
  const query = db
    .selectFrom("change_versions")
    .select("version")
    .where("topic", "=", topic)
    .compile();
  return async () => Number((await readPreparedValue(db, query)) ?? 0);
}

/** Raises a topic's version by one; returns the new version. */
export async function raiseVersion(db: Db, topic: string): Promise<number> {
  const { version } = await db
    .insertInto("change_versions")
    .values({ topic, version: 1 })
    .onConflict((conflict) =>
      conflict.column("topic").doUpdateSet({ version: sql`change_versions.version + 1` }),
    )
    .returning("version")
    .executeTakeFirstOrThrow();
  return version;
}
