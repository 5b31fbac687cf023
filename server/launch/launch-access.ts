// What every step of a launch checks and records: the user is still active and the app still
// exists and is assigned to them; a refusal is audited with its reason; a launch that proceeds
// signs the user in to the app (sign-in-to-app.ts) and is audited.
import { findApp, isAppAssigned } from "../apps/app-store.ts";
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Site } from "../config/site.ts";
import { createServerText } from "../lib/server-text.ts";
import { pageLocale } from "../policies/language.ts";
import type { SsoEngine } from "../sso/sso-engine.ts";
import type { App } from "../storage/apps-schema.ts";
import type { User } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import type { TicketContext } from "./launch-tickets.ts";
import { signInToApp, type AppSignIn } from "./sign-in-to-app.ts";
import type { StepUpFactors } from "./step-up-factors.ts";

export type LaunchContext = TicketContext & {
  site: Site;
  sso: SsoEngine;
  stepUpFactors: StepUpFactors;
};

export type Launch = { user: User; target: App };

export async function loadLaunch(
  { db }: Pick<TicketContext, "db">,
  userId: string,
  appId: string,
): Promise<Launch | undefined> {
  const [user, target] = await Promise.all([findUserById(db, userId), findApp(db, appId)]);
  if (user === undefined || user.status !== "active" || target === undefined) {
    return undefined;
  }
  return (await isAppAssigned(db, user.id, target.id)) ? { user, target } : undefined;
}

export async function refuseLaunch(
  { db, clock }: Pick<TicketContext, "db" | "clock">,
  refusal: { reason: string; origin: AuditOrigin; userId?: string; appId?: string },
): Promise<void> {
  await recordAuditEvent(db, {
    event: "app.launch_refused",
    at: clock.now(),
    reason: refusal.reason,
    actorId: refusal.userId ?? null,
    targetId: refusal.appId ?? null,
    origin: refusal.origin,
  });
}

/** Signs the user in to the app (redirect, SAML post or OIDC initiate-login) and audits it. */
export async function proceedToApp(
  context: LaunchContext,
  { user, target }: Launch,
  origin: AuditOrigin,
  /** The browser's Accept-Language, for a page the sign-in shows when the user chose none. */
  acceptLanguage: string | undefined,
): Promise<AppSignIn> {
  const text = createServerText(
    await pageLocale(context.db, { userLocale: user.locale, acceptLanguage }),
  );
  const signIn = await signInToApp(context, context.sso, user, target, text);
  await recordAuditEvent(context.db, {
    event: "app.launched",
    at: context.clock.now(),
    actorId: user.id,
    targetId: target.id,
    origin,
    details: { kind: target.kind },
  });
  return signIn;
}
