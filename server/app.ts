// The Fastify application: configuration resolved once into the AppContext, cross-cutting plugins
// first, then every route module, then the portal UI.
import type { AddressInfo } from "node:net";
import cookie from "@fastify/cookie";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance } from "fastify";
import { cookiePolicy } from "./auth/cookies.ts";
import { assertSecretKeyConfigured } from "./config/config.ts";
import { resolveSite, type Site } from "./config/site.ts";
import type { AppContext, ServerContext } from "./context.ts";
import { registerDemoOidcApp } from "./demo/demo-oidc-app.ts";
import { registerDemoSamlApps } from "./demo/demo-saml-app.ts";
import { secondFactorStepUp } from "./launch/second-factor-step-up.ts";
import { createMailer } from "./mail/mailer.ts";
import { scheduleExpiryReminders, sendExpiryReminders } from "./passwords/expiry-reminders.ts";
import { registerAuthentication } from "./plugins/authentication.ts";
import { registerCsrfProtection } from "./plugins/csrf.ts";
import { registerErrorHandling } from "./plugins/errors.ts";
import { registerPortalUi } from "./plugins/portal-ui.ts";
import { registerRateLimit } from "./plugins/rate-limit.ts";
import { registerSecurityHeaders } from "./plugins/security-headers.ts";
import { adminSshKeyRoutes } from "./routes/admin-ssh-keys.ts";
import { adminRoutes } from "./routes/admin.ts";
import { appRoutes } from "./routes/apps.ts";
import { authRoutes } from "./routes/auth.ts";
import { desktopAppRoutes } from "./routes/desktop-app.ts";
import { deviceLoginRoutes } from "./routes/device-login/device-login-routes.ts";
import { deviceRoutes } from "./routes/devices.ts";
import type { FastifyTypeboxInstance } from "./routes/fastify-typebox.ts";
import { healthRoutes } from "./routes/health.ts";
import { launchRoutes } from "./routes/launch.ts";
import { meRoutes } from "./routes/me.ts";
import { mfaRoutes } from "./routes/mfa.ts";
import { mountOidcProvider } from "./routes/oidc-mount.ts";
import { passwordRoutes } from "./routes/password.ts";
import { profileRoutes } from "./routes/profile.ts";
import { resetRoutes } from "./routes/reset.ts";
import { securityRoutes } from "./routes/security.ts";
import { createSsoEngine } from "./sso/sso-engine.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Where users reach this server (the origin is known once it listens). */
    site: Site;
  }
}

const maxBodyBytes = 64 * 1024;

export async function buildApp(server: ServerContext): Promise<FastifyTypeboxInstance> {
  const { config } = server;
  assertSecretKeyConfigured(config);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Tokens live in cookies; make sure no serializer ever writes one out.
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
    },
    bodyLimit: maxBodyBytes,
    trustProxy: config.trustProxy,
  }).withTypeProvider<TypeBoxTypeProvider>();
  const context = resolveContext(server, app);
  app.decorate("site", context.site);

  registerErrorHandling(app);
  await registerSecurityHeaders(app, context.site);
  await app.register(cookie);
  registerCsrfProtection(app, context.site);
  await registerRateLimit(app);
  const guards = registerAuthentication(app, context);

  healthRoutes(app, context);
  authRoutes(app, context, guards);
  mfaRoutes(app, context, guards);
  meRoutes(app, guards);
  profileRoutes(app, context, guards);
  passwordRoutes(app, context, guards);
  resetRoutes(app, context);
  adminRoutes(app, context, guards);
  securityRoutes(app, context, guards);
  adminSshKeyRoutes(app, context, guards);
  desktopAppRoutes(app, context, guards);
  deviceRoutes(app, context, guards);
  deviceLoginRoutes(app, context, guards);
  appRoutes(app, context, guards);
  launchRoutes(app, context, guards);
  await mountOidcProvider(app, context);
  if (config.mode === "demo") {
    // Demo service providers (server/demo/): real SSO end to end on `npm start`.
    registerDemoOidcApp(app, context);
    registerDemoSamlApps(app, context);
  }
  if (server.scheduleJobs !== false) {
    scheduleJobs(app, context);
  }

  await registerPortalUi(app, config.uiDirectory);
  return app;
}

/** Resolves, once, what every plugin and route needs from the configuration. */
function resolveContext(server: ServerContext, app: FastifyInstance): AppContext {
  const { config, db, clock, random } = server;
  const site = resolveSite(config, () => (app.server.address() as AddressInfo | null)?.port);
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
  };
}

/** Background sweeps: password-expiry reminders, from ready to close. */
function scheduleJobs(app: FastifyInstance, { db, mailer, clock }: AppContext): void {
  let reminders: { stop(): void } | undefined;
  app.addHook("onReady", () => {
    reminders = scheduleExpiryReminders({
      run: () => sendExpiryReminders(db, mailer, clock.now()),
      onError: (error) => app.log.error({ err: error }, "password expiry reminders failed"),
    });
    return Promise.resolve();
  });
  app.addHook("onClose", () => {
    reminders?.stop();
    return Promise.resolve();
  });
}
