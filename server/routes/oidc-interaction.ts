// The OpenID Provider's interaction (oidc-provider "interactions.url" → /launch/interaction/<uid>):
// the OP has no login form of its own. A launch hand-off for this very app signs the user in;
// so does a portal session in this browser, for an app that does not demand MFA at launch.
// Anything else is refused, or the browser is asked to sign in to the portal and continue.
import { Type } from "typebox";
import type { FastifyTypeboxInstance } from "./fastify-typebox.ts";
import type { AppContext } from "../context.ts";
import { consumeHandoff, findHandoff } from "../launch/launch-handoffs.ts";
import { signInFirstPage } from "../sso/launch-pages.ts";
import type { LaunchReplies } from "./launch-replies.ts";
import { findAppByClientId } from "../oidc/oidc-clients.ts";
import { interactionPath } from "../oidc/oidc-provider.ts";
import type { Guards } from "../plugins/authentication.ts";

const UidParams = Type.Object(
  { uid: Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" }) },
  { additionalProperties: false },
);

export function oidcInteractionRoutes(
  app: FastifyTypeboxInstance,
  context: AppContext,
  guards: Guards,
  replies: LaunchReplies,
): void {
  const { names } = context.cookies;
  const { send, fail, refuse, loadLaunch } = replies;
  app.get(`${interactionPath}/:uid`, { schema: { params: UidParams } }, async (request, reply) => {
    const provider = await context.sso.provider();
    let details: Awaited<ReturnType<typeof provider.interactionDetails>>;
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
    const clientId = stringParam(details.params.client_id);
    const target = await findAppBy(clientId);
    if (target === undefined) {
      return fail(
        reply,
        400,
        "Unknown app",
        "Gatehouse doesn’t know this app. Open apps from your portal.",
      );
    }
    const handoffToken = request.cookies[names.sso];
    const handoff = await findHandoff(context, handoffToken, "oidc");
    let userId: string | undefined;
    if (handoff !== undefined) {
      if (handoff.appId !== target.id) {
        await refuse(request, "handoff_other_app", handoff.userId, target.id);
        return fail(
          reply,
          403,
          "This sign-in was for another app",
          "Open the app again from your portal.",
        );
      }
      if (!(await consumeHandoff(context, handoff))) {
        return fail(reply, 410, "This sign-in expired", "Open the app again from your portal.");
      }
      reply.clearCookie(names.sso, { path: "/" });
      userId = handoff.userId;
    } else {
      const session = await guards.checkSession(request);
      if (session.status !== "valid") {
        return send(
          reply,
          signInFirstPage(context.random, {
            appName: target.display_name,
            loginUrl: `${context.site.origin}/login`,
            continueUrl: `${interactionPath}/${details.uid}`,
          }),
        );
      }
      if (target.require_mfa === 1) {
        return fail(
          reply,
          403,
          "Open this app from your portal",
          `${target.display_name} asks for a second factor each time it opens. Open it from your portal’s Applications page.`,
        );
      }
      userId = session.auth.user.id;
    }
    const launch = await loadLaunch(userId, target.id);
    if (launch === undefined) {
      await refuse(request, "not_assigned", userId, target.id);
      return fail(
        reply,
        403,
        "You don’t have access to this app",
        "This app is not assigned to you. If you need it, ask your IT administrator.",
      );
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
