// The browser side of SSO launch (DESIGN.md §5): /launch/<ticket> redeems a one-time ticket,
// runs per-app MFA when the app requires it (POST /launch/step-up), then signs the user in to
// the app. Also registers the OP's interaction and the SAML endpoints. Failures are HTML pages
// with "Return to portal".
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { Type } from "typebox";
import { recordAuditEvent } from "../audit/audit-log.ts";
import { cookieOptions } from "../auth/cookies.ts";
import type { ServerContext } from "../context.ts";
import type { Mailer } from "../mail/mailer.ts";
import {
  consumeHandoff,
  createHandoff,
  findHandoff,
  handoffLifetimeMs,
  recordStepUpFailure,
} from "../launch/launch-handoffs.ts";
import { failures, pageMessages } from "../launch/launch-messages.ts";
import { mfaSetupNeededPage, stepUpPage } from "../launch/launch-pages.ts";
import { createLaunchReplies } from "../launch/launch-replies.ts";
import { redeemLaunchTicket } from "../launch/launch-tickets.ts";
import { signInToApp } from "../launch/sign-in-to-app.ts";
import { secondFactorStepUp } from "../launch/second-factor-step-up.ts";
import type { Guards } from "../plugins/authentication.ts";
import type { SsoEngine } from "../sso/sso-engine.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import type { FastifyTypeboxInstance } from "../app.ts";
import { originOf } from "./auth.ts";
import { oidcInteractionRoutes } from "./oidc-interaction.ts";
import { samlRoutes } from "./saml.ts";
import { Text } from "../schemas/strings.ts";

const TicketParams = Type.Object(
  { ticket: Text({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
const StepUpBody = Type.Object({ code: Text({ maxLength: 32 }) }, { additionalProperties: true });

export function launchCookieNames(https: boolean): { stepUp: string; sso: string } {
  const prefix = https ? "__Host-" : "";
  return { stepUp: `${prefix}gh_step_up`, sso: `${prefix}gh_sso` };
}

export function launchRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  engine: SsoEngine,
  https: boolean,
  mailer: Mailer,
): void {
  const names = launchCookieNames(https);
  const ownFactors = secondFactorStepUp(context, mailer);
  const factors = () => context.stepUpFactors ?? ownFactors;
  const replies = createLaunchReplies(context, engine);
  const { portalUrl, send, fail, refuse, loadLaunch, textFor } = replies;

  /** Hands the browser on to the app, or to the OIDC initiate-login URI with its hand-off. */
  const proceed = async (request: FastifyRequest, reply: FastifyReply, user: User, target: App) => {
    const signIn = await signInToApp(
      context,
      engine,
      user,
      target,
      await textFor(request, user.locale),
    );
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
        cookieOptions(https, handoffLifetimeMs.oidc / 1000),
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
        const reasons = {
          unknown: failures.ticketUnknown,
          expired: failures.ticketExpired,
          used: failures.ticketUsed,
        };
        return fail(reply, 410, reasons[redemption.reason]);
      }
      const launch = await loadLaunch(redemption.userId, redemption.appId);
      if (launch === undefined) {
        await refuse(request, "not_assigned", redemption.userId, redemption.appId);
        return fail(reply, 403, failures.noAccess);
      }
      // A browser already signed in to the portal as someone else must not be switched silently.
      const browserSession = await guards.checkSession(request);
      if (browserSession.status !== "invalid" && browserSession.auth.user.id !== launch.user.id) {
        await refuse(request, "other_user", redemption.userId, redemption.appId);
        return fail(reply, 403, failures.otherUser);
      }
      if (launch.target.require_mfa === 1) {
        if (!(await factors().hasFactor(launch.user.id))) {
          await refuse(request, "mfa_not_enrolled", launch.user.id, launch.target.id);
          return send(
            reply,
            mfaSetupNeededPage(context.random, await textFor(request, launch.user.locale), {
              appName: launch.target.display_name,
              portalUrl: portalUrl(),
              securityUrl: `${engine.origin()}/security`,
            }),
          );
        }
        const handoff = await createHandoff(context, "mfa", {
          userId: launch.user.id,
          appId: launch.target.id,
        });
        reply.setCookie(names.stepUp, handoff, cookieOptions(https, handoffLifetimeMs.mfa / 1000));
        return send(
          reply,
          stepUpPage(
            context.random,
            await textFor(request, launch.user.locale),
            stepUpOptions(launch.target),
          ),
        );
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
    // Our own page's form: the CSRF rule still wants our Origin, but not a JSON body.
    const stepUpRoute = { config: { csrf: "same-origin" as const }, schema: { body: StepUpBody } };
    scope.post("/launch/step-up", stepUpRoute, async (request, reply) => {
      const handoff = await findHandoff(context, request.cookies[names.stepUp], "mfa");
      const launch =
        handoff === undefined ? undefined : await loadLaunch(handoff.userId, handoff.appId);
      if (handoff === undefined || launch === undefined) {
        return fail(reply, 410, failures.stepUpClosed);
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
            check.reason === "locked" ? failures.lockedDuringStepUp : failures.tooManyCodes,
            { app: launch.target.display_name },
          );
        }
        return send(
          reply,
          stepUpPage(context.random, await textFor(request, launch.user.locale), {
            ...stepUpOptions(launch.target),
            error: check.reason === "replayed" ? pageMessages.codeReplayed : pageMessages.codeWrong,
          }),
        );
      }
      if (!(await consumeHandoff(context, handoff))) {
        return fail(reply, 410, failures.expired);
      }
      reply.clearCookie(names.stepUp, { path: "/" });
      return proceed(request, reply, launch.user, launch.target);
    });
    done();
  });

  oidcInteractionRoutes(app, context, guards, engine, replies, names);
  samlRoutes(app, engine, replies);
}

/** Origins a launch may continue to after a form post (step-up): the app's own. */
function continueOrigins(target: App): string[] {
  const url = target.launch_url ?? target.oidc_initiate_login_uri ?? target.saml_acs_url;
  return url === null ? [] : [new URL(url).origin];
}
