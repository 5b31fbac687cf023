// PostgreSQL LISTEN/NOTIFY as the change channel's signal: one dedicated connection per instance
// listens; a lost connection is reopened with backoff, and every (re)connect triggers a version
// check so that nothing published while it was down is missed.
import pg from "pg";
import type { ChangeSignal } from "./change-channel.ts";

const channelName = "gatehouse_changes";
const maxBackoffMilliseconds = 5_000;

export function createPostgresChangeSignal(
  url: string,
  onError: (error: unknown) => void,
): ChangeSignal {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let onSignal: () => void = () => undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", () => onSignal());
    next.on("error", (error) => {
      onError(error);
      reconnectLater(next);
    });
    next.on("end", () => reconnectLater(next));
    try {
      await next.connect();
      await next.query(`listen ${channelName}`);
    } catch (error) {
      onError(error);
      reconnectLater(next);
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    failures = 0;
    onSignal();
  };

  const reconnectLater = (failed: pg.Client) => {
    if (stopped || (client !== undefined && client !== failed) || retry !== undefined) {
      return;
    }
    client = undefined;
    void failed.end().catch(() => undefined);
    failures += 1;
    const delay = Math.min(maxBackoffMilliseconds, 100 * 2 ** Math.min(failures, 6));
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
    retry.unref();
  };

  return {
    async start(signal) {
      onSignal = signal;
      await connect();
    },
    async send(topic) {
      // Any pooled connection would do; this one is already open. NOTIFY is delivered after
      // the sender's transaction commits, and the version row was committed before it.
      const sender = client ?? new pg.Client({ connectionString: url });
      if (sender !== client) {
        await sender.connect();
      }
      try {
        await sender.query("select pg_notify($1, $2)", [channelName, topic]);
      } finally {
        if (sender !== client) {
          await sender.end();
        }
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
