// The desktop app's bundled server once the compile cache is on (bundled.ts): demo data, SQLite in
// the app's data folder, a free localhost port. It reports its URL to the parent over the process
// port and exits when the parent says so.
import { loadConfig } from "./config/config.ts";
import { describeDemo } from "./demo/demo-banner.ts";
import { startServer } from "./server.ts";

type ParentPort = {
  postMessage(message: unknown): void;
  on(event: "message", listener: (event: { data: unknown }) => void): void;
};

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;

async function main(): Promise<void> {
  const config = loadConfig({
    GATEHOUSE_MODE: "demo",
    GATEHOUSE_HOST: "localhost",
    GATEHOUSE_PORT: "0",
    GATEHOUSE_LOG_LEVEL: "warn",
    GATEHOUSE_DATABASE_URL: process.env.GATEHOUSE_DATABASE_URL,
    GATEHOUSE_UI_DIR: process.env.GATEHOUSE_UI_DIR,
  });
  const server = await startServer(config);
  console.log(await describeDemo(server.context.db, server.url, config.database));
  parentPort?.postMessage({ type: "ready", url: server.url });
  parentPort?.on("message", ({ data }) => {
    if (typeof data === "object" && data !== null && "type" in data && data.type === "stop") {
      void server.close().then(() => process.exit(0));
    }
  });
}

main().catch((error: unknown) => {
  parentPort?.postMessage({ type: "failed", message: String(error) });
  console.error(error);
  process.exit(1);
});
