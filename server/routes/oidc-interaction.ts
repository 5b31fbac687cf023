// The OpenID Provider's interaction (oidc-provider "interactions.url" → /launch/interaction/<uid>):
// the OP has no login form of its own. A launch hand-off for this very app signs the user in;
// so does a portal session in this browser, for an app that does not demand MFA at launch.
// Anything else is refused, or the browser is asked to sign in to the portal and continue.
import { Type } from "typebox";
import type { FastifyTypeboxInstance } from "../app.ts";
import { findAppByClientId } from "../apps/app-store.ts";
import type { ServerContext } from "../context.ts";
import { consumeHandoff, findHandoff } from "../launch/launch-handoffs.ts";
import { failures } from "../launch/launch-messages.ts";
import { signInFirstPage } from "../launch/launch-pages.ts";
import type { LaunchReplies } from "../launch/launch-replies.ts";
import { interactionPath } from "../oidc/oidc-provider.ts";
import type { Guards } from "../plugins/authentication.ts";
import type { SsoEngine } from "../sso/sso-engine.ts";
import { Identifier } from "../schemas/strings.ts";

const UidParams = Type.Object({ uid: Identifier() }, { additionalProperties: false });

export function oidcInteractionRoutes(
  app: FastifyTypeboxInstance,
  context: ServerContext,
  guards: Guards,
  engine: SsoEngine,
  replies: LaunchReplies,
  names: { sso: string },
): void {
  const { send, fail, refuse, loadLaunch } = replies;
  app.get(`${interactionPath}/:uid`, { schema: { params: UidParams } }, async (request, reply) => {
    const provider = await engine.provider();
    let details: Awaited<ReturnType<typeof provider.interactionDetails>>;
    try {
      details = await provider.interactionDetails(request.raw, reply.raw);
    } catch {
      return fail(reply, 410, failures.expired);
    }
    if (details.uid !== request.params.uid) {
      return fail(reply, 400, failures.badLink);
    }
    const clientId = stringParam(details.params.client_id);
    const target = await findAppBy(clientId);
    if (target === undefined) {
      return fail(reply, 400, failures.unknownApp);
    }
    const handoffToken = request.cookies[names.sso];
    const handoff = await findHandoff(context, handoffToken, "oidc");
    let userId: string | undefined;
    if (handoff !== undefined) {
      if (handoff.appId !== target.id) {
        await refuse(request, "handoff_other_app", handoff.userId, target.id);
        return fail(reply, 403, failures.otherApp);
      }
      if (!(await consumeHandoff(context, handoff))) {
        return fail(reply, 410, failures.expired);
      }
      reply.clearCookie(names.sso, { path: "/" });
      userId = handoff.userId;
    } else {
      const session = await guards.checkSession(request);
      if (session.status !== "valid") {
        return send(
          reply,
          signInFirstPage(context.random, await replies.textFor(request), {
            appName: target.display_name,
            loginUrl: `${engine.origin()}/login`,
            continueUrl: `${interactionPath}/${details.uid}`,
          }),
        );
      }
      if (target.require_mfa === 1) {
        return fail(reply, 403, failures.fromPortal, { app: target.display_name });
      }
      userId = session.auth.user.id;
    }
    const launch = await loadLaunch(userId, target.id);
    if (launch === undefined) {
      await refuse(request, "not_assigned", userId, target.id);
      return fail(reply, 403, failures.noAccess);
    }
    const grant = new provider.Grant({ accountId: launch.user.id, clientId });
    const allowed = new Set((target.oidc_scopes ?? "openid").split(" "));
    const requested = (stringParam(details.params.scope) || "openid").split(" ");
    grant.addOIDCScope(requested.filter((scope) => allowed.has(scope)).join(" "));
    const grantId = await grant.save();
    reply.hijack();
    await provider.interactionFinished(
      request.raw,
      reply.raw,
      { login: { accountId: launch.user.id }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
    return reply;
  });

  const findAppBy = (clientId: string) =>
    clientId === "" ? Promise.resolve(undefined) : findAppByClientId(context.db, clientId);
}

function stringParam(value: unknown): string {
  return typeof value === "string" ? value : "";
}
