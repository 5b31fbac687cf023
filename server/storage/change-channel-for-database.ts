// The change channel a server instance opens for its database: LISTEN/NOTIFY with a slow
// fallback poll on PostgreSQL, a fast poll on SQLite (instances sharing one file see changes
// within a second; a single instance sees its own at once).
import type { DatabaseConfig } from "../config/settings.ts";
import { openChangeChannel, type ChangeChannel } from "./change-channel.ts";
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
