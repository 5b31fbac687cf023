// GET /launch/<ticket> (docs/design.md §5): the system browser opens a one-time launch link
// (server/launch/open-launch.ts). The answer is the app itself, the per-app MFA step-up page,
// or a page that says plainly why not, with "Return to portal".
import { handoffLifetimeMs } from "../../launch/launch-handoffs.ts";
import { openLaunch } from "../../launch/open-launch.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { TicketParams } from "../../schemas/launch.ts";
import { failures } from "../../sso/launch-messages.ts";
import { mfaSetupNeededPage, stepUpPage } from "../../sso/launch-pages.ts";
import type { RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { launchReplies } from "./launch-replies.ts";
import { stepUpPageOptions } from "./step-up.ts";
import { sendPushStepUpPage } from "./step-up-push.ts";

const ticketRefusals = {
  unknown: failures.ticketUnknown,
  expired: failures.ticketExpired,
  used: failures.ticketUsed,
};

export const launchTicketRoutes: RouteModule = (app, context) => {
  const { send, fail, signedIn, textFor } = launchReplies(context);
  // The ticket is a credential until used: "warn" keeps Fastify's per-request info lines, which
  // carry the URL, out of the log.
  app.get(
    "/launch/:ticket",
    { schema: { params: TicketParams }, logLevel: "warn" },
    async (request, reply) => {
      const opened = await openLaunch(context, {
        ticket: request.params.ticket,
        browserUserId: async () => {
          const check = await checkSession(context, request);
          return check.status === "invalid" ? undefined : check.auth.user.id;
        },
        origin: originOf(request),
        acceptLanguage: request.headers["accept-language"],
      });
      switch (opened.kind) {
        case "ticket_refused":
          return fail(reply, 410, ticketRefusals[opened.reason]);
        case "not_assigned":
          return fail(reply, 403, failures.noAccess);
        case "other_user":
          return fail(reply, 403, failures.otherUser);
        case "mfa_setup_needed":
          return send(
            reply,
            mfaSetupNeededPage(context.random, await textFor(request, opened.user.locale), {
              appName: opened.target.display_name,
              portalUrl: `${context.site.origin}/applications`,
              securityUrl: `${context.site.origin}/security`,
            }),
          );
        case "step_up":
          reply.setCookie(
            context.cookies.names.stepUp,
            opened.handoff,
            context.cookies.options(handoffLifetimeMs.mfa / 1000),
          );
          return send(
            reply,
            stepUpPage(
              context.random,
              await textFor(request, opened.user.locale),
              stepUpPageOptions(context, opened.target),
            ),
          );
        case "step_up_push":
          reply.setCookie(
            context.cookies.names.stepUp,
            opened.handoff,
            context.cookies.options(handoffLifetimeMs.mfa / 1000),
          );
          return sendPushStepUpPage(context, request, reply, {
            launch: opened,
            prompt: opened.prompt,
          });
        case "signed_in":
          return signedIn(reply, opened.signIn);
      }
    },
  );
};
