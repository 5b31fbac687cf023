// Starts a complete server from configuration: database, migrations, demo data, HTTP listener.
// Used by the CLI, by the desktop app's bundled server and by end-to-end tests.
import nodeModule from "node:module";
import { buildApp, type BuildOptions } from "./app.ts";
import type { ServerConfig } from "./config/config.ts";
import type { ServerContext } from "./context.ts";
import { seedDemoData } from "./demo/demo-data.ts";
import { syncDemoSsoApps } from "./demo/demo-sso-apps.ts";
import { systemClock, systemRandom, type Clock, type Random } from "./lib/clock.ts";
import { startUpTimeline } from "./lib/start-up-timeline.ts";
import { commonPasswordCount } from "./passwords/blocklist.ts";
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
  overrides: {
    clock?: Clock;
    random?: Random;
    logStream?: BuildOptions["logStream"];
    /** Tests replace the warm-up's fallback timer to say when it fires. */
    warmUpFallback?: WarmUpFallback;
  } = {},
): Promise<RunningServer> {
  const timeline = startUpTimeline();
  const db = openDatabase(config.database);
  const context: ServerContext = {
    config,
    db,
    clock: overrides.clock ?? systemClock,
    random: overrides.random ?? systemRandom,
  };
  try {
    await migrateToLatest(db);
    timeline.mark("migrateDatabase");
    if (config.mode === "demo") {
      await seedDemoData(db, context.clock);
      timeline.mark("seedDemoData");
    }
    const app = await buildApp(context, { logStream: overrides.logStream });
    timeline.mark("buildApp");
    await app.listen({ host: config.host, port: config.port });
    timeline.mark("listen");
    // Where Node keeps the compiled modules (cli.ts), or null: every start compiles them again.
    app.log.debug(
      { ...timeline.summary(), compileCacheDirectory: nodeModule.getCompileCacheDir?.() ?? null },
      "started",
    );
    if (config.mode === "demo") {
      await syncDemoSsoApps(db, context.clock, app.site.origin);
    }
    const cancelWarmUp = warmUpOnceReady(app, overrides.warmUpFallback ?? warmUpWithinASecond);
    const close = async () => {
      cancelWarmUp();
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

/** Starts the warm-up itself if no readiness check has come by then; returns a cancel. */
export type WarmUpFallback = (start: () => void) => () => void;

const warmUpWithinASecond: WarmUpFallback = (start) => {
  const timer = setTimeout(start, 1000);
  return () => clearTimeout(timer);
};

/**
 * The warm-up starts once /readyz has first said ready, or after the fallback (a second) where
 * nothing checks readiness, as in the desktop app. Loading the protocol libraries blocks the
 * event loop for a few hundred milliseconds; run before that first answer, it only delayed it. A
 * load balancer sends traffic after further checks (deploy/haproxy.cfg: two, half a second
 * apart), by which time the warm-up is done.
 */
function warmUpOnceReady(app: FastifyTypeboxInstance, fallback: WarmUpFallback): () => void {
  let started = false;
  let cancelFallback = () => {};
  const start = () => {
    if (!started) {
      started = true;
      cancelFallback();
      setImmediate(() => warmUp(app));
    }
  };
  cancelFallback = fallback(start);
  void app.readiness.firstReady.then(start);
  return () => {
    started = true;
    cancelFallback();
  };
}

/**
 * The protocol libraries and the route schemas no request has needed yet are not loaded or
 * compiled before /readyz (docs/architecture.md, "Start-up and HTTP"), but right after, in the
 * background, so the first passkey ceremony, OIDC request or call of a route does not wait for
 * them. A failure here surfaces again, and is reported, at first use. Then the compile cache
 * (cli.ts) is written out: Node would write it only at exit, which a killed server never reaches.
 */
function warmUp(app: FastifyTypeboxInstance): void {
  const startedAt = performance.now();
  const schemas = app.schemaCompilation.pendingCount();
  void Promise.allSettled([
    webauthnLibrary(),
    import("./oidc/oidc-provider.ts"),
    Promise.resolve().then(commonPasswordCount),
    app.schemaCompilation.compilePending().catch((error: unknown) => {
      app.log.error({ err: error }, "a route schema does not compile");
    }),
  ]).then(() => {
    nodeModule.flushCompileCache?.();
    app.log.debug({ schemas, ms: Math.round(performance.now() - startedAt) }, "warmed up");
  });
}
