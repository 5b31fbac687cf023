// The OpenID Provider's interaction (oidc-provider "interactions.url" → /launch/interaction/<uid>):
// server/launch/oidc-sign-in.ts decides who signs in; this route reads the OP's interaction,
// grants the scopes the app may have and hands the result back to the OP.
import type { FastifyReply, FastifyRequest } from "fastify";
import type Provider from "oidc-provider";
import type { AppContext } from "../../context.ts";
import type { Launch } from "../../launch/launch-access.ts";
import { interactionUser, type InteractionUser } from "../../launch/oidc-sign-in.ts";
import { interactionPath } from "../../oidc/oidc-paths.ts";
import { checkSession } from "../../plugins/authentication.ts";
import { hijackWithHeaders } from "../../plugins/security-headers.ts";
import { InteractionParams } from "../../schemas/launch.ts";
import { failures } from "../../sso/launch-messages.ts";
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
        return fail(reply, 410, failures.expired);
      }
      if (details.uid !== request.params.uid) {
        return fail(reply, 400, failures.badLink);
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
  hijackWithHeaders(reply);
  await provider.interactionFinished(
    request.raw,
    reply.raw,
    { login: { accountId: user.id }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
  return reply;
}

const refusals = {
  unknown_app: [400, failures.unknownApp],
  handoff_other_app: [403, failures.otherApp],
  expired: [410, failures.expired],
  not_assigned: [403, failures.noAccess],
} as const;

async function refuseInteraction(
  context: AppContext,
  reply: FastifyReply,
  result: Exclude<InteractionUser, { ok: true }>,
  uid: string,
): Promise<FastifyReply> {
  const { send, fail, textFor } = launchReplies(context);
  if (result.reason === "sign_in_first") {
    return send(
      reply,
      signInFirstPage(context.random, await textFor(reply.request), {
        appName: result.target.display_name,
        loginUrl: `${context.site.origin}/login`,
        continueUrl: `${interactionPath}/${uid}`,
      }),
    );
  }
  if (result.reason === "open_from_portal") {
    return fail(reply, 403, failures.fromPortal, { app: result.target.display_name });
  }
  const [status, failure] = refusals[result.reason];
  return fail(reply, status, failure);
}

function stringParam(value: unknown): string {
  return typeof value === "string" ? value : "";
}
