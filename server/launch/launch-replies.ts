// What the launch routes (ticket, step-up, OIDC interaction, SAML) share: sending a launch page
// with its own CSP, a failure page with "Return to portal", auditing a refusal, and the checks
// that must still hold at every step (an active user, an existing app assigned to them).
import type { FastifyReply, FastifyRequest } from "fastify";
import { findApp, isAppAssigned } from "../apps/app-store.ts";
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { ServerContext } from "../context.ts";
import { originOf } from "../routes/auth.ts";
import type { SsoEngine } from "../sso/sso-engine.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import type { Locale } from "../../locales/locales.ts";
import type { ServerText } from "../lib/server-text.ts";
import { pageLocale } from "../policies/language.ts";
import { createServerText } from "../lib/server-text.ts";
import type { LaunchFailure } from "./launch-messages.ts";
import { failurePage, type LaunchPage } from "./launch-pages.ts";

export type LaunchReplies = {
  portalUrl: () => string;
  send: (reply: FastifyReply, page: LaunchPage) => FastifyReply;
  fail: (
    reply: FastifyReply,
    status: number,
    failure: LaunchFailure,
    values?: Record<string, string>,
  ) => Promise<FastifyReply>;
  /** The page's words: the user's language if known, else the browser's, else the org's. */
  textFor: (request: FastifyRequest, userLocale?: Locale | null) => Promise<ServerText>;
  refuse: (
    request: FastifyRequest,
    reason: string,
    userId?: string,
    appId?: string,
  ) => Promise<void>;
  loadLaunch: (userId: string, appId: string) => Promise<{ user: User; target: App } | undefined>;
};

export function createLaunchReplies(context: ServerContext, engine: SsoEngine): LaunchReplies {
  const portalUrl = () => `${engine.origin()}/applications`;
  const send = (reply: FastifyReply, page: LaunchPage) =>
    reply
      .status(page.status)
      .header("content-security-policy", page.csp)
      .header("cache-control", "no-store")
      // Not helmet's no-referrer: with it the step-up form would post "Origin: null" (Fetch
      // §3.2.5), which the CSRF check must refuse. same-origin still sends nothing to apps.
      .header("referrer-policy", "same-origin")
      .type("text/html; charset=utf-8")
      .send(page.html);
  const textFor = async (request: FastifyRequest, userLocale?: Locale | null) =>
    createServerText(
      await pageLocale(context.db, {
        userLocale: userLocale ?? null,
        acceptLanguage: request.headers["accept-language"],
      }),
    );
  return {
    portalUrl,
    send,
    textFor,
    fail: async (reply, status, failure, values) =>
      send(
        reply,
        failurePage(context.random, await textFor(reply.request), {
          status,
          failure,
          ...(values === undefined ? {} : { values }),
          portalUrl: portalUrl(),
        }),
      ),
    refuse: (request, reason, userId, appId) =>
      recordAuditEvent(context.db, {
        event: "app.launch_refused",
        at: context.clock.now(),
        reason,
        actorId: userId ?? null,
        targetId: appId ?? null,
        origin: originOf(request),
      }),
    loadLaunch: async (userId, appId) => {
      const [user, target] = await Promise.all([
        findUserById(context.db, userId),
        findApp(context.db, appId),
      ]);
      if (user === undefined || user.status !== "active" || target === undefined) {
        return undefined;
      }
      return (await isAppAssigned(context.db, user.id, target.id)) ? { user, target } : undefined;
    },
  };
}
