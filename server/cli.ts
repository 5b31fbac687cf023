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
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      // Stop accepting, finish the requests in flight, then close the database (server.ts).
      server.app.log.info({ signal }, "shutting down");
      void server.close().then(() => process.exit(0));
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
