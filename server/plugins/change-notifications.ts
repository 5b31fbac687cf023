// The change channel of this instance (storage/change-channel.ts), opened on first use so that an
// instance nobody asks for push approvals never holds a LISTEN connection, and closed with the
// app; and the signal that tells long polls the server is closing (preClose, before the drain).
import type { FastifyInstance } from "fastify";
import type { DatabaseConfig } from "../config/settings.ts";
import type { ChangeChannel } from "../storage/change-channel.ts";
import { openChangeChannelFor } from "../storage/change-channel-for-database.ts";
import type { Db } from "../storage/database.ts";

export function registerChangeNotifications(
  app: FastifyInstance,
  db: Db,
  database: DatabaseConfig,
): { changes: () => Promise<ChangeChannel>; closing: AbortSignal } {
  const closing = new AbortController();
  let opened: Promise<ChangeChannel> | undefined;
  const changes = () => {
    opened ??= openChangeChannelFor(db, database, (error) =>
      app.log.error({ err: error }, "change channel failed"),
    );
    return opened;
  };
  app.addHook("preClose", (done) => {
    closing.abort();
    done();
  });
  app.addHook("onClose", async () => {
    if (opened !== undefined) {
      await (await opened).close();
    }
  });
  return { changes, closing: closing.signal };
}
