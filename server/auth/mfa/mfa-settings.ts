// The signed-in user's own MFA settings (docs/design.md §1.2): the authenticator app (set up,
// confirmed with a code, replaced or removed where the policy allows), recovery codes, and
// skipping enrollment within the grace period. Every change is audited and mailed to the user,
// and a factor change ends the user's other sessions (docs/design.md §5).
import { recordAuditEvent, type AuditEventName, type AuditOrigin } from "../../audit/audit-log.ts";
import type { Mailer } from "../../mail/mailer.ts";
import type { User } from "../../storage/schema.ts";
import { clearEnrollmentDeadline, invalidateUserSessions, type ValidSession } from "../session.ts";
import { mustEnrollNow } from "./enrollment-deadline.ts";
import {
  countRecoveryCodesLeft,
  removeRecoveryCodes,
  replaceRecoveryCodes,
} from "./recovery-code-store.ts";
import {
  confirmTotpSetup,
  findTotpFactor,
  removeTotp,
  startTotpSetup,
  type TotpContext,
} from "./totp-factor.ts";
import { composeMail, factorChangedMail } from "../../mail/mail-messages.ts";
import { textFor } from "../../policies/language.ts";
import type { Db } from "../../storage/database.ts";

type SettingsContext = TotpContext & { mailer: Mailer };
type Change = { auth: ValidSession; origin: AuditOrigin };

export async function describeMfa(
  context: Pick<TotpContext, "db">,
  { user, session, policies }: ValidSession,
) {
  const factor = await findTotpFactor(context.db, user.id);
  return {
    enabledAt: factor === undefined ? null : (factor.confirmed_at ?? factor.created_at),
    recoveryCodesLeft: factor === undefined ? 0 : await countRecoveryCodesLeft(context.db, user.id),
    required: policies.mfa.mode === "required",
    enrollBy: session.mfa_enroll_by,
  };
}

/** A new pending secret, named after the organization in the user's authenticator app. */
export async function startAuthenticatorSetup(context: TotpContext, user: User) {
  const organization = await context.db
    .selectFrom("organizations")
    .select("name")
    .where("id", "=", user.organization_id)
    .executeTakeFirst();
  return startTotpSetup(context, user, organization?.name ?? "Gatehouse");
}

export type AuthenticatorConfirmation =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: "not_started" | "malformed" | "invalid" | "replayed" };

/** A current code turns the pending secret into the factor; a first factor gets recovery codes. */
export async function confirmAuthenticator(
  context: SettingsContext,
  { auth, origin, code }: Change & { code: string },
): Promise<AuthenticatorConfirmation> {
  const { db, clock } = context;
  const { user, session } = auth;
  const confirmed = await confirmTotpSetup(context, user.id, code);
  if (!confirmed.ok) {
    if (confirmed.reason !== "not_started") {
      await recordAuditEvent(db, {
        ...eventOf(user, origin, "mfa.failed", clock.now()),
        reason: `totp_${confirmed.reason}`,
        details: { purpose: "setup" },
      });
    }
    return confirmed;
  }
  // A factor change ends the other sessions; this one is done enrolling.
  await invalidateUserSessions(db, user.id, session.id);
  await clearEnrollmentDeadline(db, session.id);
  const event = confirmed.replaced ? "mfa.totp_replaced" : "mfa.totp_enabled";
  await recordAuditEvent(db, eventOf(user, origin, event, clock.now()));
  await context.mailer.send(await factorMail(db, user, confirmed.replaced ? "replaced" : "set_up"));
  if (confirmed.replaced && (await countRecoveryCodesLeft(db, user.id)) > 0) {
    return { ok: true, recoveryCodes: [] }; // the existing recovery codes stay valid
  }
  return { ok: true, recoveryCodes: await newRecoveryCodes(context, user, origin) };
}

export async function removeAuthenticator(
  context: SettingsContext,
  { auth, origin }: Change,
): Promise<{ ok: true } | { ok: false; reason: "required_by_policy" | "not_enabled" }> {
  const { db, clock } = context;
  const { user, session, policies } = auth;
  if (policies.mfa.mode === "required") {
    return { ok: false, reason: "required_by_policy" };
  }
  if (!(await removeTotp(db, user.id))) {
    return { ok: false, reason: "not_enabled" };
  }
  await removeRecoveryCodes(db, user.id);
  await invalidateUserSessions(db, user.id, session.id);
  await recordAuditEvent(db, eventOf(user, origin, "mfa.totp_removed", clock.now()));
  await context.mailer.send(await factorMail(db, user, "removed"));
  return { ok: true };
}

export async function regenerateRecoveryCodes(
  context: TotpContext,
  { auth, origin }: Change,
): Promise<{ ok: true; codes: string[] } | { ok: false; reason: "not_enabled" }> {
  if ((await findTotpFactor(context.db, auth.user.id)) === undefined) {
    return { ok: false, reason: "not_enabled" };
  }
  return { ok: true, codes: await newRecoveryCodes(context, auth.user, origin) };
}

/** Skipping enrollment for now, allowed until the deadline the policy's grace period set. */
export async function skipEnrollment(
  { db, clock }: TotpContext,
  { auth, origin }: Change,
): Promise<{ ok: boolean }> {
  if (mustEnrollNow(auth.session, clock.now())) {
    return { ok: false };
  }
  await recordAuditEvent(db, eventOf(auth.user, origin, "mfa.enrollment_skipped", clock.now()));
  return { ok: true };
}

async function newRecoveryCodes(
  { db, random, clock }: TotpContext,
  user: User,
  origin: AuditOrigin,
): Promise<string[]> {
  const codes = await replaceRecoveryCodes({ db, random, now: clock.now() }, user.id);
  await recordAuditEvent(db, eventOf(user, origin, "mfa.recovery_codes_generated", clock.now()));
  return codes;
}

function eventOf(user: User, origin: AuditOrigin, event: AuditEventName, at: number) {
  return { event, at, actorId: user.id, targetId: user.id, targetEmail: user.email, origin };
}

/** The mail after a factor change, in the user's language (docs/design.md §10). */
async function factorMail(db: Db, user: User, change: "set_up" | "replaced" | "removed") {
  return composeMail(await textFor(db, user), factorChangedMail, user.email, {
    name: user.first_name,
    change,
  });
}
