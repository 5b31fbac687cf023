// The OpenID Provider's interaction (oidc-provider "interactions.url" → /launch/interaction/<uid>):
// server/launch/oidc-sign-in.ts decides who signs in; this route reads the OP's interaction,
// grants the scopes the app may have and hands the result back to the OP.
import type { FastifyReply, FastifyRequest } from "fastify";
import type Provider from "oidc-provider";
import type { AppContext } from "../../context.ts";
import type { Launch } from "../../launch/launch-access.ts";
import { interactionUser, type InteractionUser } from "../../launch/oidc-sign-in.ts";
import { interactionPath } from "../../oidc/oidc-provider.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { InteractionParams } from "../../schemas/launch.ts";
import { signInFirstPage } from "../../sso/launch-pages.ts";
import type { RouteModule } from "../route-module.ts";
import { originOf } from "../shared/request-origin.ts";
import { launchReplies } from "./launch-replies.ts";

type Details = Awaited<ReturnType<Provider["interactionDetails"]>>;

export const oidcInteractionRoutes: RouteModule = (app, context) => {
  const { fail } = launchReplies(context);
  app.get(
    `${interactionPath}/:uid`,
    { schema: { params: InteractionParams } },
    async (request, reply) => {
      const provider = await context.sso.provider();
      let details: Details;
      try {
        details = await provider.interactionDetails(request.raw, reply.raw);
      } catch {
        return fail(reply, 410, "This sign-in expired", "Open the app again from your portal.");
      }
      if (details.uid !== request.params.uid) {
        return fail(
          reply,
          400,
          "This sign-in link doesn’t work",
          "Open the app again from your portal.",
        );
      }
      const result = await interactionUser(context, {
        clientId: stringParam(details.params.client_id),
        handoffToken: request.cookies[context.cookies.names.sso],
        sessionUserId: async () => {
          const session = await checkSession(context, request);
          return session.status === "valid" ? session.auth.user.id : undefined;
        },
        origin: originOf(request),
      });
      if ("handoffUsed" in result && result.handoffUsed) {
        reply.clearCookie(context.cookies.names.sso, { path: "/" });
      }
      return result.ok
        ? finishInteraction(provider, request, reply, { launch: result.launch, details })
        : refuseInteraction(context, reply, result, details.uid);
    },
  );
};

/** Grants the scopes both asked for and allowed, and hands the signed-in user back to the OP. */
async function finishInteraction(
  provider: Provider,
  request: FastifyRequest,
  reply: FastifyReply,
  { launch, details }: { launch: Launch; details: Details },
): Promise<FastifyReply> {
  const { user, target } = launch;
  const grant = new provider.Grant({
    accountId: user.id,
    clientId: stringParam(details.params.client_id),
  });
  const allowed = new Set((target.oidc_scopes ?? "openid").split(" "));
  const requested = (stringParam(details.params.scope) || "openid").split(" ");
  grant.addOIDCScope(requested.filter((scope) => allowed.has(scope)).join(" "));
  const grantId = await grant.save();
  reply.hijack();
  await provider.interactionFinished(
    request.raw,
    reply.raw,
    { login: { accountId: user.id }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
  return reply;
}

const refusals = {
  unknown_app: [400, "Unknown app", "Gatehouse doesn’t know this app. Open apps from your portal."],
  handoff_other_app: [
    403,
    "This sign-in was for another app",
    "Open the app again from your portal.",
  ],
  expired: [410, "This sign-in expired", "Open the app again from your portal."],
  not_assigned: [
    403,
    "You don’t have access to this app",
    "This app is not assigned to you. If you need it, ask your IT administrator.",
  ],
} as const;

function refuseInteraction(
  context: AppContext,
  reply: FastifyReply,
  result: Exclude<InteractionUser, { ok: true }>,
  uid: string,
): FastifyReply {
  const { send, fail } = launchReplies(context);
  if (result.reason === "sign_in_first") {
    return send(
      reply,
      signInFirstPage(context.random, {
        appName: result.target.display_name,
        loginUrl: `${context.site.origin}/login`,
        continueUrl: `${interactionPath}/${uid}`,
      }),
    );
  }
  if (result.reason === "open_from_portal") {
    return fail(
      reply,
      403,
      "Open this app from your portal",
      `${result.target.display_name} asks for a second factor each time it opens. Open it from your portal’s Applications page.`,
    );
  }
  const [status, title, message] = refusals[result.reason];
  return fail(reply, status, title, message);
}

function stringParam(value: unknown): string {
  return typeof value === "string" ? value : "";
}
