// The change channel a server instance opens for its database: LISTEN/NOTIFY with a slow
// fallback poll on PostgreSQL, a fast poll on SQLite (instances sharing one file see changes
// within a second; a single instance sees its own at once).
import type { DatabaseConfig } from "../config/settings.ts";
import { openChangeChannel, raiseVersion, type ChangeChannel } from "./change-channel.ts";
import type { Db } from "./database.ts";
import { createPostgresChangeSignal } from "./postgres-change-signal.ts";

const postgresFallbackPollMilliseconds = 5_000;
const sqlitePollMilliseconds = 500;

export function openChangeChannelFor(
  db: Db,
  config: DatabaseConfig,
  onError: (error: unknown) => void,
): Promise<ChangeChannel> {
  return config.dialect === "postgres"
    ? openChangeChannel(db, {
        pollMilliseconds: postgresFallbackPollMilliseconds,
        signal: createPostgresChangeSignal(config.url, onError),
        onError,
      })
    : openChangeChannel(db, { pollMilliseconds: sqlitePollMilliseconds, onError });
}

/**
 * Publishes a change from a process that runs no channel (the admin CLI): raises the version
 * and, on PostgreSQL, notifies the instances at once; they would otherwise see it at their next
 * version check.
 */
export async function publishChange(db: Db, config: DatabaseConfig, topic: string): Promise<void> {
  await raiseVersion(db, topic);
  if (config.dialect === "postgres") {
    await createPostgresChangeSignal(config.url, () => undefined).send(topic);
  }
}
