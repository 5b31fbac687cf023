// The Fastify application: cross-cutting plugins first, then the routes, then the portal UI.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import cookie from "@fastify/cookie";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawServerDefault,
  type RouteOptions,
} from "fastify";
import { assertSecretKeyConfigured } from "./config/config.ts";
import type { ServerContext } from "./context.ts";
import { registerAuthentication } from "./plugins/authentication.ts";
import { registerCsrfProtection } from "./plugins/csrf.ts";
import { registerInFlightTracking } from "./plugins/in-flight.ts";
import type { ErrorPageContext } from "./plugins/error-reply.ts";
import { frameworkErrorHandler, registerErrorHandling } from "./plugins/errors.ts";
import { registerPortalUi } from "./plugins/portal-ui.ts";
import { registerRateLimit } from "./plugins/rate-limit.ts";
import { registerSecurityHeaders, securityHeaders } from "./plugins/security-headers.ts";
import { createMailer } from "./mail/mailer.ts";
import { scheduleExpiryReminders, sendExpiryReminders } from "./passwords/expiry-reminders.ts";
import { adminRoutes } from "./routes/admin.ts";
import { appRoutes } from "./routes/apps.ts";
import { launchRoutes } from "./routes/launch.ts";
import { mountOidcProvider } from "./oidc/oidc-mount.ts";
import { createSsoEngine } from "./sso/sso-engine.ts";
import { registerDemoOidcApp } from "./demo/demo-oidc-app.ts";
import { registerDemoSamlApps } from "./demo/demo-saml-app.ts";
import { authRoutes } from "./routes/auth.ts";
import { healthRoutes } from "./routes/health.ts";
import { localeRoutes } from "./routes/locale.ts";
import { meRoutes } from "./routes/me.ts";
import { mfaRoutes } from "./routes/mfa.ts";
import { securityRoutes } from "./routes/security.ts";
import { adminSshKeyRoutes } from "./routes/admin-ssh-keys.ts";
import { desktopAppRoutes } from "./routes/desktop-app.ts";
import { deviceLoginRoutes } from "./routes/device-login/device-login-routes.ts";
import { deviceRoutes } from "./routes/devices.ts";
import { passwordRoutes } from "./routes/password.ts";
import { profileRoutes } from "./routes/profile.ts";
import { resetRoutes } from "./routes/reset.ts";

export type FastifyTypeboxInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

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
  context: ServerContext,
  options: BuildOptions = {},
): Promise<FastifyTypeboxInstance> {
  const { config } = context;
  assertSecretKeyConfigured(config);
  const https = config.publicUrl?.startsWith("https:") ?? false;
  const applySecurityHeaders = securityHeaders(https);
  const errorPages: ErrorPageContext = {
    random: context.random,
    portalUrl: (): string => `${publicOrigin(app, context)}/applications`,
  };
  const app: FastifyTypeboxInstance = Fastify({
    logger: {
      level: config.logLevel,
      // Tokens live in cookies; make sure no serializer ever writes one out.
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
    },
    bodyLimit: maxBodyBytes,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength },
    frameworkErrors: frameworkErrorHandler(applySecurityHeaders, errorPages),
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (options.onRoute !== undefined) {
    app.addHook("onRoute", options.onRoute);
  }

  registerInFlightTracking(app);
  registerErrorHandling(app, errorPages);
  registerSecurityHeaders(app, applySecurityHeaders);
  await app.register(cookie);
  registerCsrfProtection(app, () => publicOrigin(app, context));
  await registerRateLimit(app);
  const guards = registerAuthentication(app, context, https);

  const mailer =
    context.mailer ??
    createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      db: context.db,
      now: () => context.clock.now(),
      log: app.log,
    });

  healthRoutes(app, context);
  authRoutes(app, context, guards, mailer, https);
  mfaRoutes(app, context, guards, mailer);
  meRoutes(app, guards);
  localeRoutes(app, context, guards);
  profileRoutes(app, context, guards);
  passwordRoutes(app, context, guards);
  resetRoutes(app, context, mailer, () => publicOrigin(app, context));
  if (context.scheduleJobs !== false) {
    let reminders: { stop(): void } | undefined;
    app.addHook("onReady", () => {
      reminders = scheduleExpiryReminders({
        run: () => sendExpiryReminders(context.db, mailer, context.clock.now()),
        onError: (error) => app.log.error({ err: error }, "password expiry reminders failed"),
      });
      return Promise.resolve();
    });
    app.addHook("onClose", () => {
      reminders?.stop();
      return Promise.resolve();
    });
  }
  adminRoutes(app, context, guards, { mailer, baseUrl: () => publicOrigin(app, context) });
  securityRoutes(app, context, guards, mailer, https);
  adminSshKeyRoutes(app, context, guards);
  desktopAppRoutes(app, context, guards);
  deviceRoutes(app, context, guards, () => publicOrigin(app, context));
  deviceLoginRoutes(app, context, guards, () => publicOrigin(app, context), https);

  appRoutes(app, context, guards, () => publicOrigin(app, context));
  const sso = createSsoEngine(context, () => publicOrigin(app, context), https);
  launchRoutes(app, context, guards, sso, https, mailer);
  await mountOidcProvider(app, sso, context.db);
  if (config.mode === "demo") {
    // Demo service providers (server/demo/): real SSO end to end on `npm start`.
    registerDemoOidcApp(app, context, sso);
    registerDemoSamlApps(app, context, sso);
  }

  await registerPortalUi(app, config.uiDirectory);
  return app;
}

/** The configured public origin, or http://localhost:<port> for a local server. */
export function publicOrigin(app: FastifyInstance, { config }: ServerContext): string {
  if (config.publicUrl !== undefined) {
    return config.publicUrl;
  }
  const address = app.server.address() as AddressInfo | null;
  return `http://localhost:${address?.port ?? config.port}`;
}
