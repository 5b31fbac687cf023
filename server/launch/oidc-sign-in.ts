// Who the OpenID Provider's interaction signs in (the OP has no login form of its own): the user
// of a launch hand-off for this very app, or — for an app that does not demand MFA at launch —
// the portal session of this browser. Anything else is refused (audited), or the browser is
// asked to sign in to the portal first.
import type { AuditOrigin } from "../audit/audit-log.ts";
import { findAppByClientId } from "../oidc/oidc-clients.ts";
import type { App } from "../storage/apps-schema.ts";
import { consumeHandoff, findHandoff } from "./launch-handoffs.ts";
import { loadLaunch, refuseLaunch, type Launch } from "./launch-access.ts";
import type { TicketContext } from "./launch-tickets.ts";

export type InteractionUser =
  | { ok: true; launch: Launch; handoffUsed: boolean }
  | { ok: false; reason: "unknown_app" | "handoff_other_app" | "expired" }
  | { ok: false; reason: "not_assigned"; handoffUsed: boolean }
  | { ok: false; reason: "sign_in_first" | "open_from_portal"; target: App };

export async function interactionUser(
  context: TicketContext,
  input: {
    clientId: string;
    handoffToken: string | undefined;
    /** The portal session's user in this browser, asked only when there is no hand-off. */
    sessionUserId: () => Promise<string | undefined>;
    origin: AuditOrigin;
  },
): Promise<InteractionUser> {
  const target =
    input.clientId === "" ? undefined : await findAppByClientId(context.db, input.clientId);
  if (target === undefined) {
    return { ok: false, reason: "unknown_app" };
  }
  const handoff = await findHandoff(context, input.handoffToken, "oidc");
  let userId: string | undefined;
  if (handoff !== undefined) {
    if (handoff.appId !== target.id) {
      const refusal = { reason: "handoff_other_app", userId: handoff.userId, appId: target.id };
      await refuseLaunch(context, { ...refusal, origin: input.origin });
      return { ok: false, reason: "handoff_other_app" };
    }
    if (!(await consumeHandoff(context, handoff))) {
      return { ok: false, reason: "expired" };
    }
    userId = handoff.userId;
  } else {
    userId = await input.sessionUserId();
    if (userId === undefined) {
      return { ok: false, reason: "sign_in_first", target };
    }
    if (target.require_mfa === 1) {
      return { ok: false, reason: "open_from_portal", target };
    }
  }
  const launch = await loadLaunch(context, userId, target.id);
  if (launch === undefined) {
    await refuseLaunch(context, {
      reason: "not_assigned",
      userId,
      appId: target.id,
      origin: input.origin,
    });
    return { ok: false, reason: "not_assigned", handoffUsed: handoff !== undefined };
  }
  return { ok: true, launch, handoffUsed: handoff !== undefined };
}
