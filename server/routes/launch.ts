// The browser side of SSO launch (docs/design.md §5): /launch/<ticket> redeems a one-time ticket,
// runs per-app MFA when the app requires it (POST /launch/step-up), then signs the user in to
// the app. Also registers the OP's interaction and the SAML endpoints. Failures are HTML pages
// with "Return to portal".
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Type } from "typebox";
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { AppContext } from "../context.ts";
import {
  consumeHandoff,
  createHandoff,
  findHandoff,
  handoffLifetimeMs,
  recordStepUpFailure,
} from "../launch/launch-handoffs.ts";
import { mfaSetupNeededPage, stepUpPage } from "../sso/launch-pages.ts";
import { redeemLaunchTicket } from "../launch/launch-tickets.ts";
import { signInToApp } from "../launch/sign-in-to-app.ts";
import type { Guards } from "../plugins/authentication.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import { createLaunchReplies } from "./launch-replies.ts";
import { originOf } from "./request-origin.ts";
import { oidcInteractionRoutes } from "./oidc-interaction.ts";
import { samlRoutes } from "./saml.ts";

const TicketParams = Type.Object(
  { ticket: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
const StepUpBody = Type.Object(
  { code: Type.String({ maxLength: 32 }) },
  { additionalProperties: true },
);

export function launchRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
): void {
  const { names } = context.cookies;
  const factors = () => context.stepUpFactors;
  const replies = createLaunchReplies(context);
  const { portalUrl, send, fail, refuse, loadLaunch } = replies;

  /** Hands the browser on to the app, or to the OIDC initiate-login URI with its hand-off. */
  const proceed = async (request: FastifyRequest, reply: FastifyReply, user: User, target: App) => {
    const signIn = await signInToApp(context, context.sso, user, target);
    await recordAuditEvent(context.db, {
      event: "app.launched",
      at: context.clock.now(),
      actorId: user.id,
      targetId: target.id,
      origin: originOf(request),
      details: { kind: target.kind },
    });
    reply.header("cache-control", "no-store");
    if (signIn.kind === "page") {
      return send(reply, signIn.page);
    }
    if (signIn.kind === "oidc") {
      reply.setCookie(
        names.sso,
        signIn.handoff,
        context.cookies.options(handoffLifetimeMs.oidc / 1000),
      );
    }
    return reply.redirect(signIn.location, 303);
  };

  // The ticket is a credential until used: "warn" keeps Fastify's per-request info lines, which
  // carry the URL, out of the log.
  app.get(
    "/launch/:ticket",
    { schema: { params: TicketParams }, logLevel: "warn" },
    async (request, reply) => {
      const redemption = await redeemLaunchTicket(context, request.params.ticket);
      if (!redemption.ok) {
        await refuse(request, `ticket_${redemption.reason}`);
        const messages = {
          unknown: "This link is not valid. Open the app again from your portal.",
          expired:
            "This link expired: launch links work for one minute. Open the app again from your portal.",
          used: "This link was already used: each launch link works once. Open the app again from your portal.",
        };
        return fail(reply, 410, "This link doesn’t work anymore", messages[redemption.reason]);
      }
      const launch = await loadLaunch(redemption.userId, redemption.appId);
      if (launch === undefined) {
        await refuse(request, "not_assigned", redemption.userId, redemption.appId);
        return fail(
          reply,
          403,
          "You don’t have access to this app",
          "This app is not assigned to you anymore. If you need it, ask your IT administrator.",
        );
      }
      // A browser already signed in to the portal as someone else must not be switched silently.
      const browserSession = await guards.checkSession(request);
      if (browserSession.status !== "invalid" && browserSession.auth.user.id !== launch.user.id) {
        await refuse(request, "other_user", redemption.userId, redemption.appId);
        return fail(
          reply,
          403,
          "Signed in as someone else",
          "This browser is signed in to Gatehouse as a different person. Sign out there, then open the app again from your portal.",
        );
      }
      if (launch.target.require_mfa === 1) {
        if (!(await factors().hasFactor(launch.user.id))) {
          await refuse(request, "mfa_not_enrolled", launch.user.id, launch.target.id);
          return send(
            reply,
            mfaSetupNeededPage(context.random, {
              appName: launch.target.display_name,
              portalUrl: portalUrl(),
              securityUrl: `${context.site.origin}/security`,
            }),
          );
        }
        const handoff = await createHandoff(context, "mfa", {
          userId: launch.user.id,
          appId: launch.target.id,
        });
        reply.setCookie(
          names.stepUp,
          handoff,
          context.cookies.options(handoffLifetimeMs.mfa / 1000),
        );
        return send(reply, stepUpPage(context.random, stepUpOptions(launch.target)));
      }
      return proceed(request, reply, launch.user, launch.target);
    },
  );

  const stepUpOptions = (target: App) => ({
    appName: target.display_name,
    action: "/launch/step-up",
    // The form's answer may redirect to the app (OIDC initiate-login, bookmark): CSP form-action
    // must allow that origin, or the browser stops the redirect.
    continueTo: continueOrigins(target),
    portalUrl: portalUrl(),
  });

  app.register((plain, _options, done) => {
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 1024 },
      (_request, body, parsed) =>
        parsed(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.post("/launch/step-up", { schema: { body: StepUpBody } }, async (request, reply) => {
      // A form post from another site is refused (CSRF); the cookie is SameSite=Lax as well.
      if (request.headers.origin !== context.site.origin) {
        return fail(
          reply,
          403,
          "This request didn’t come from Gatehouse",
          "Open the app again from your portal.",
        );
      }
      const handoff = await findHandoff(context, request.cookies[names.stepUp], "mfa");
      const launch =
        handoff === undefined ? undefined : await loadLaunch(handoff.userId, handoff.appId);
      if (handoff === undefined || launch === undefined) {
        return fail(
          reply,
          410,
          "This sign-in expired",
          "Verification for this launch is no longer open. Open the app again from your portal.",
        );
      }
      const check = await factors().verify({
        userId: launch.user.id,
        code: request.body.code,
        origin: originOf(request),
      });
      if (!check.ok) {
        const { denied: tooMany } = await recordStepUpFailure(context, handoff);
        // A locked account ends the step-up at once: the lock wins over any later code.
        const denied = tooMany || check.reason === "locked";
        await recordAuditEvent(context.db, {
          event: "app.step_up_failed",
          at: context.clock.now(),
          reason: denied ? "denied" : check.reason,
          actorId: launch.user.id,
          targetId: launch.target.id,
          origin: originOf(request),
        });
        if (denied) {
          reply.clearCookie(names.stepUp, { path: "/" });
          return fail(
            reply,
            403,
            "Verification failed",
            check.reason === "locked"
              ? `Your account is locked after too many wrong codes, so ${launch.target.display_name} was not opened. Wait, or ask your IT administrator to unlock it.`
              : `Too many wrong codes, so ${launch.target.display_name} was not opened. Open it again from your portal to retry.`,
          );
        }
        return send(
          reply,
          stepUpPage(context.random, {
            ...stepUpOptions(launch.target),
            error:
              check.reason === "replayed"
                ? "That code was already used. Wait for the next one."
                : "That code isn’t right. Check your authenticator app and try again.",
          }),
        );
      }
      if (!(await consumeHandoff(context, handoff))) {
        return fail(reply, 410, "This sign-in expired", "Open the app again from your portal.");
      }
      reply.clearCookie(names.stepUp, { path: "/" });
      return proceed(request, reply, launch.user, launch.target);
    });
    done();
  });

  oidcInteractionRoutes(app, context, guards, replies);
  samlRoutes(app, context, replies);
}

/** Origins a launch may continue to after a form post (step-up): the app's own. */
function continueOrigins(target: App): string[] {
  const url = target.launch_url ?? target.oidc_initiate_login_uri ?? target.saml_acs_url;
  return url === null ? [] : [new URL(url).origin];
}
