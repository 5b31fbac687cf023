// How the browser side of a launch answers: an HTML page with its own CSP (never cached, never
// framed), a failure page with "Return to portal", and the hand-off to the app once signed in.
import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context.ts";
import { handoffLifetimeMs } from "../../launch/launch-handoffs.ts";
import type { AppSignIn } from "../../launch/sign-in-to-app.ts";
import { failurePage, type LaunchPage } from "../../sso/launch-pages.ts";

export type LaunchReplies = {
  portalUrl: () => string;
  send: (reply: FastifyReply, page: LaunchPage) => FastifyReply;
  fail: (reply: FastifyReply, status: number, title: string, message: string) => FastifyReply;
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
  return {
    portalUrl,
    send,
    fail: (reply, status, title, message) =>
      send(reply, failurePage(context.random, { status, title, message, portalUrl: portalUrl() })),
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
