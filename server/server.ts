// Starts a complete server from configuration: database, migrations, demo data, HTTP listener.
// Used by the CLI, by the desktop app's bundled server and by end-to-end tests.
import { buildApp, type BuildOptions } from "./app.ts";
import type { ServerConfig } from "./config/config.ts";
import type { ServerContext } from "./context.ts";
import { seedDemoData } from "./demo/demo-data.ts";
import { syncDemoSsoApps } from "./demo/demo-sso-apps.ts";
import { systemClock, systemRandom, type Clock, type Random } from "./lib/clock.ts";
import { openDatabase } from "./storage/database.ts";
import { migrateToLatest } from "./storage/migrate.ts";
import type { FastifyTypeboxInstance } from "./routes/route-module.ts";

export type RunningServer = {
  app: FastifyTypeboxInstance;
  context: ServerContext;
  url: string;
  close(): Promise<void>;
};

export async function startServer(
  config: ServerConfig,
  overrides: { clock?: Clock; random?: Random; logStream?: BuildOptions["logStream"] } = {},
): Promise<RunningServer> {
  const db = openDatabase(config.database);
  const context: ServerContext = {
    config,
    db,
    clock: overrides.clock ?? systemClock,
    random: overrides.random ?? systemRandom,
  };
  try {
    await migrateToLatest(db);
    if (config.mode === "demo") {
      await seedDemoData(db, context.clock);
    }
    const app = await buildApp(context, { logStream: overrides.logStream });
    await app.listen({ host: config.host, port: config.port });
    if (config.mode === "demo") {
      await syncDemoSsoApps(db, context.clock, app.site.origin);
    }
    return {
      app,
      context,
      url: app.site.origin,
      close: async () => {
        await app.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
