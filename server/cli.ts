// `gatehouse` command: runs the reference server from environment configuration.
import { loadConfig } from "./config/config.ts";
import { ConfigError } from "./config/config-error.ts";
import { configKeys, unknownEnvironmentSettings } from "./config/config-source.ts";
import { describeDemo } from "./demo/demo-banner.ts";
import { startServer } from "./server.ts";

async function main(): Promise<void> {
  for (const key of unknownEnvironmentSettings()) {
    console.warn(`Ignoring ${key}: not a server setting (known: ${configKeys.join(", ")}).`);
  }
  const config = loadConfig();
  const server = await startServer(config);
  if (config.mode === "demo") {
    console.log(await describeDemo(server.context.db, server.url, config.database));
  }
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) {
        server.app.log.warn({ signal }, "second signal: exiting without finishing requests");
        process.exit(1);
      }
      stopping = true;
      // SIGTERM (an orchestrator, a load-balanced deploy) drains for GATEHOUSE_DRAIN_SECONDS
      // first; Ctrl-C stops at once. Either way requests in flight finish before the database
      // closes (server.ts).
      const graceMilliseconds = signal === "SIGTERM" ? config.drainSeconds * 1000 : 0;
      server.app.log.info({ signal }, "shutting down");
      server.drain(graceMilliseconds).then(
        () => process.exit(0),
        (error: unknown) => {
          server.app.log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
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
