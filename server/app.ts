// The Fastify application: configuration resolved once into the AppContext, cross-cutting plugins
// first, then every route module, then the portal UI.
import type { AddressInfo } from "node:net";
import cookie from "@fastify/cookie";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance, type RouteOptions } from "fastify";
import { cookiePolicy } from "./auth/cookies.ts";
import { deliverWebhooks, webhookPassIntervalMs } from "./audit/webhook-delivery.ts";
import { assertSecretKeyConfigured } from "./config/config.ts";
import { resolveSite, type Site } from "./config/site.ts";
import { announceOn, type AppContext, type ServerContext } from "./context.ts";
import { secondFactorStepUp } from "./launch/second-factor-step-up.ts";
import { createMailer } from "./mail/mailer.ts";
import { oidcPayloadSweepJob, sweepExpiredOidcPayloads } from "./oidc/oidc-payload-sweep.ts";
import { sendExpiryReminders } from "./passwords/expiry-reminders.ts";
import { cachePoliciesOf } from "./policies/policy-store.ts";
import { topicVersionReader } from "./storage/change-channel.ts";
import { requestTimersJob, runRequestTimers } from "./requests/request-timers.ts";
import { expirySweepJob, sweepExpiredRows } from "./storage/expiry-sweep.ts";
import { registerAuthentication } from "./plugins/authentication.ts";
import { registerBackgroundJobs } from "./plugins/background-jobs.ts";
import { closingSignal } from "./plugins/closing-signal.ts";
import { registerCsrfProtection } from "./plugins/csrf.ts";
import {
  deferredSchemaCompilers,
  type DeferredSchemaCompilers,
} from "./plugins/deferred-schema-compilers.ts";
import { registerDraining } from "./plugins/draining.ts";
import type { ErrorPageContext } from "./plugins/error-reply.ts";
import { frameworkErrorHandler, registerErrorHandling } from "./plugins/errors.ts";
import { registerInFlightTracking } from "./plugins/in-flight.ts";
import { registerOpenApi } from "./plugins/openapi.ts";
import { registerPortalUi } from "./plugins/portal-ui.ts";
import { proxyTrust, registerProxyTrustWarnings } from "./plugins/proxy-trust.ts";
import { registerRateLimit } from "./plugins/rate-limit.ts";
import { accountOfRequest, pendingSignInOfRequest } from "./plugins/rate-limit-account.ts";
import { registerSecurityHeaders, securityHeaders } from "./plugins/security-headers.ts";
import type { FastifyTypeboxInstance } from "./routes/route-module.ts";
import { routeModules } from "./routes/route-modules.ts";
import { createSsoEngine } from "./sso/sso-engine.ts";
import type { ChangeChannel } from "./storage/change-channel.ts";
import { openChangeChannelFor } from "./storage/change-channel-for-database.ts";
import { changeTopics } from "./storage/change-topics.ts";
import type { RateLimitStore } from "./storage/rate-limit-store.ts";
import { resolveSecretKey } from "./storage/server-key.ts";
import { rateLimitStoreFor } from "./storage/rate-limit-store-for-database.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Where users reach this server (the origin is known once it listens). */
    site: Site;
    /** Route schemas compiled on first use; the rest after listening (server.ts). */
    schemaCompilation: DeferredSchemaCompilers;
  }
}

const maxBodyBytes = 64 * 1024;

/** The longest legitimate path parameter: a launch ticket (128); longer is 414, in our format. */
const maxParamLength = 128;

export type BuildOptions = {
  /** For tests: sees every route as it is registered (Fastify's onRoute), CSRF rule included. */
  onRoute?: (route: RouteOptions) => void;
  /** For tests: where the log lines go (redaction applied), instead of standard output. */
  logStream?: { write(line: string): void };
};

export async function buildApp(
  server: ServerContext,
  options: BuildOptions = {},
): Promise<FastifyTypeboxInstance> {
  const { config } = server;
  assertSecretKeyConfigured(config);
  // The site is resolved before the app exists; its origin is read once the app listens.
  const site = resolveSite(config, () => (app.server.address() as AddressInfo | null)?.port);
  const headers = securityHeaders(site.https);
  const errorPages: ErrorPageContext = { random: server.random, site };
  const schemaCompilation = deferredSchemaCompilers();
  const app: FastifyTypeboxInstance = Fastify({
    logger: {
      level: config.logLevel,
      // Tokens live in cookies; make sure no serializer ever writes one out.
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
    },
    bodyLimit: maxBodyBytes,
    trustProxy: proxyTrust(config.trustedProxies),
    // plugins/draining.ts answers requests that arrive while closing, in our format.
    return503OnClosing: false,
    routerOptions: { maxParamLength },
    schemaController: { compilersFactory: schemaCompilation.compilersFactory },
    frameworkErrors: frameworkErrorHandler(headers.apply, errorPages),
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (options.onRoute !== undefined) {
    app.addHook("onRoute", options.onRoute);
  }
  // One change channel per server (docs/architecture.md, "Several instances"), closed with it.
  const changes =
    server.changes ??
    (await openChangeChannelFor(server.db, config.database, (error) =>
      app.log.warn({ err: error }, "change notification across instances failed"),
    ));
  if (server.changes === undefined) {
    app.addHook("onClose", () => changes.close());
  }
  const context = resolveContext(server, site, app, changes);
  app.decorate("site", site);
  app.decorate("schemaCompilation", schemaCompilation);
  changes.subscribe(changeTopics.ssoKeys, () => context.sso.reload());
  const stopCachingPolicies = cachePoliciesOf(context.db, {
    subscribe: (onChange) => changes.subscribe(changeTopics.policies, onChange),
    // SQLite: the admin CLI writes to the same file from another process, unsignalled.
    ...(config.database.dialect === "sqlite" && {
      readVersion: topicVersionReader(context.db, changeTopics.policies),
    }),
  });
  app.addHook("onClose", (_instance, done) => {
    stopCachingPolicies();
    done();
  });

  registerInFlightTracking(app);
  registerDraining(app);
  registerErrorHandling(app, errorPages);
  registerSecurityHeaders(app, headers);
  registerProxyTrustWarnings(app, config.trustedProxies);
  await app.register(cookie);
  registerCsrfProtection(app, site);
  const rateLimits = rateLimitStoreFor(context.db, config.database);
  registerRateLimit(app, {
    store: rateLimits,
    clock: context.clock,
    accountOf: accountOfRequest(context.db, context.cookies),
    pendingSignInOf: pendingSignInOfRequest(context.cookies),
  });
  registerAuthentication(app, context);
  await registerOpenApi(app, { sessionCookie: context.cookies.names.session });
  for (const registerRoutes of routeModules) {
    await registerRoutes(app, context);
  }
  if (config.mode === "demo") {
    // Demo service providers (server/demo/): real SSO end to end on `npm start`. Loaded only
    // here: their relying-party libraries are no part of a production start.
    const [{ registerDemoOidcApp }, { registerDemoSamlApps }] = await Promise.all([
      import("./demo/demo-oidc-app.ts"),
      import("./demo/demo-saml-app.ts"),
    ]);
    registerDemoOidcApp(app, context);
    registerDemoSamlApps(app, context);
  }
  if (server.scheduleJobs !== false) {
    scheduleJobs(app, context, rateLimits);
  }

  await registerPortalUi(app, config.uiDirectory);
  return app;
}

/** Resolves, once, what every plugin and route needs from the configuration. */
function resolveContext(
  server: ServerContext,
  site: Site,
  app: FastifyInstance,
  changes: ChangeChannel,
): AppContext {
  const { config, db, clock, random } = server;
  const mailer =
    server.mailer ??
    createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      db,
      now: () => clock.now(),
      log: app.log,
    });
  return {
    config,
    db,
    clock,
    random,
    site,
    cookies: cookiePolicy(site),
    mailer,
    sso: createSsoEngine({ config, db, clock, random, site }),
    stepUpFactors:
      server.stepUpFactors ?? secondFactorStepUp({ db, clock, random, config, mailer }),
    changes,
    closing: closingSignal(app),
  };
}

/**
 * Background jobs (plugins/background-jobs.ts), each run on one instance at a time: password
 * expiry reminders and the sweeps of expired rows (sign-in flows, challenges, launch tickets),
 * OIDC payloads and rate-limit windows, and the audit webhooks' outbox.
 */
function scheduleJobs(app: FastifyInstance, context: AppContext, rateLimits: RateLimitStore): void {
  const { db, mailer, clock } = context;
  registerBackgroundJobs(app, context, [
    {
      name: "password-expiry-reminders",
      everyMilliseconds: 60 * 60_000,
      run: () => sendExpiryReminders(db, mailer, clock.now()),
    },
    {
      name: expirySweepJob,
      everyMilliseconds: 60_000,
      run: () => sweepExpiredRows(db, clock.now()),
    },
    {
      name: "webhook-delivery-pass",
      everyMilliseconds: webhookPassIntervalMs,
      run: async () => deliverWebhooks({ ...context, key: await resolveSecretKey(context) }),
    },
    {
      name: oidcPayloadSweepJob,
      everyMilliseconds: 10 * 60_000,
      run: () => sweepExpiredOidcPayloads(db, clock.now()),
    },
    {
      name: requestTimersJob,
      everyMilliseconds: 60_000,
      run: () => runRequestTimers({ db, mailer, now: clock.now(), announce: announceOn(context) }),
    },
    {
      name: "rate-limit-sweep",
      everyMilliseconds: 5 * 60_000,
      run: () => rateLimits.sweep(clock.now()),
    },
  ]);
}
