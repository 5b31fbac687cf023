// How the browser side of a launch answers: an HTML page with its own CSP (never cached, never
// framed), a failure page with "Return to portal", and the hand-off to the app once signed in.
// Pages speak the user's language when the launch knows the user, else the browser's, else the
// organization's (docs/design.md §10).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Locale } from "../../../locales/locales.ts";
import type { AppContext } from "../../context.ts";
import { handoffLifetimeMs } from "../../launch/launch-handoffs.ts";
import type { AppSignIn } from "../../launch/sign-in-to-app.ts";
import { createServerText, type ServerText } from "../../lib/server-text.ts";
import { pageLocale } from "../../policies/language.ts";
import type { LaunchFailure } from "../../sso/launch-messages.ts";
import { failurePage, type LaunchPage } from "../../sso/launch-pages.ts";

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
  /** Hands the browser on to the app, or to the OIDC initiate-login URI with its hand-off. */
  signedIn: (reply: FastifyReply, signIn: AppSignIn) => FastifyReply;
};

export function launchReplies(context: AppContext): LaunchReplies {
  const portalUrl = () => `${context.site.origin}/applications`;
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
    signedIn: (reply, signIn) => {
      reply.header("cache-control", "no-store");
      if (signIn.kind === "page") {
        return send(reply, signIn.page);
      }
      if (signIn.kind === "oidc") {
        const { cookies } = context;
        reply.setCookie(
          cookies.names.sso,
          signIn.handoff,
          cookies.options(handoffLifetimeMs.oidc / 1000),
        );
      }
      return reply.redirect(signIn.location, 303);
    },
  };
}
