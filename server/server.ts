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
import { webauthnLibrary } from "./webauthn/webauthn-library.ts";

export type RunningServer = {
  app: FastifyTypeboxInstance;
  context: ServerContext;
  url: string;
  /** Stops accepting, finishes the requests in flight, then closes the database. */
  close(): Promise<void>;
  /**
   * Drains (docs/admin.md, "Draining"): /readyz answers 503 at once while requests are still
   * served for `graceMilliseconds`, long enough for the load balancer to notice; then close().
   */
  drain(graceMilliseconds: number, wait?: (milliseconds: number) => Promise<void>): Promise<void>;
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
    warmUpProtocolLibraries();
    const close = async () => {
      await app.close();
      await db.destroy();
    };
    return {
      app,
      context,
      url: app.site.origin,
      close,
      async drain(graceMilliseconds, wait = sleep) {
        app.readiness.draining = true;
        if (graceMilliseconds > 0) {
          app.log.info(
            { graceSeconds: graceMilliseconds / 1000 },
            "draining: /readyz answers 503; still serving until the load balancer has noticed",
          );
          await wait(graceMilliseconds);
        }
        await close();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/**
 * The protocol libraries are not loaded before /readyz (docs/architecture.md, "Start-up and
 * HTTP"), but right after, in the background, so the first passkey ceremony or OIDC request
 * does not wait for them. A failure here surfaces again, and is reported, at first use.
 */
function warmUpProtocolLibraries(): void {
  setImmediate(() => {
    webauthnLibrary().catch(() => undefined);
    import("./oidc/oidc-provider.ts").catch(() => undefined);
  });
}
