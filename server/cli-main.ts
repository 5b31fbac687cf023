// The `gatehouse` command once the compile cache is on (cli.ts): runs the reference server from
// environment configuration.
import { loadConfig } from "./config/config.ts";
import { ConfigError } from "./config/config-error.ts";
import { configKeys, unknownEnvironmentSettings } from "./config/config-source.ts";
import { describeDemo } from "./demo/demo-banner.ts";
import { startServer, type RunningServer } from "./server.ts";

async function main(): Promise<void> {
  for (const key of unknownEnvironmentSettings()) {
    console.warn(`Ignoring ${key}: not a server setting (known: ${configKeys.join(", ")}).`);
  }
  const config = loadConfig();
  // Signal handlers come before the server listens: a SIGTERM that arrives while the server
  // finishes starting (demo apps, the banner) drains like any other once it has started, instead
  // of killing the process outright.
  const started: { server?: RunningServer } = {};
  let pendingSignal: NodeJS.Signals | undefined;
  let stopping = false;
  const stop = (running: RunningServer, signal: NodeJS.Signals) => {
    // SIGTERM (an orchestrator, a load-balanced deploy) drains for GATEHOUSE_DRAIN_SECONDS
    // first; Ctrl-C stops at once. Either way requests in flight finish before the database
    // closes (server.ts).
    const graceMilliseconds = signal === "SIGTERM" ? config.drainSeconds * 1000 : 0;
    running.app.log.info({ signal }, "shutting down");
    running.drain(graceMilliseconds).then(
      () => process.exit(0),
      (error: unknown) => {
        running.app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) {
        started.server?.app.log.warn(
          { signal },
          "second signal: exiting without finishing requests",
        );
        process.exit(1);
      }
      stopping = true;
      if (started.server === undefined) {
        pendingSignal = signal;
      } else {
        stop(started.server, signal);
      }
    });
  }
  const server = await startServer(config);
  started.server = server;
  if (pendingSignal !== undefined) {
    stop(server, pendingSignal);
    return;
  }
  if (config.mode === "demo") {
    // A shutdown that began meanwhile closes the database under the banner's queries: no banner.
    const banner = await describeDemo(server.context.db, server.url, config.database).catch(
      (error: unknown) => {
        if (stopping) {
          return undefined;
        }
        throw error;
      },
    );
    if (banner !== undefined) {
      console.log(banner);
    }
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
