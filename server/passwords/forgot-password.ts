// "Forgot password" (docs/design.md §1.1): a one-hour, single-use link by mail. The request is
// audited and answered the same whether or not the address has an account, a relay's latency
// cannot tell either (the mail goes out in the background), and each address gets at most three
// links in 15 minutes, counted in the database so the limit holds across instances.
import { countRecentEvents, recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { Db } from "../storage/database.ts";
import { findUserByEmail, normalizeEmail } from "../storage/users.ts";
import { issueResetToken } from "./reset-tokens.ts";
import { composeMail, resetMail } from "../mail/mail-messages.ts";
import { textFor } from "../policies/language.ts";

const resetsPerAddress = 3;
const resetWindowMs = 15 * 60 * 1000;

export async function requestPasswordReset(
  context: { db: Db; clock: Clock; random: Random; mailer: Mailer },
  input: { email: string; origin: AuditOrigin; portalOrigin: string },
): Promise<void> {
  const { db, clock, mailer } = context;
  const email = normalizeEmail(input.email);
  const now = clock.now();
  const user = await findUserByEmail(db, email);
  const recent = await countRecentEvents(db, {
    event: "password.reset_requested",
    targetEmail: email,
    since: now - resetWindowMs,
  });
  const throttled = recent >= resetsPerAddress;
  await recordAuditEvent(db, {
    event: "password.reset_requested",
    at: now,
    ...(throttled
      ? { reason: "throttled" }
      : user === undefined
        ? { reason: "unknown_account" }
        : {}),
    targetId: user?.id ?? null,
    targetEmail: email,
    origin: input.origin,
  });
  if (!throttled && user !== undefined && user.status === "active") {
    const token = await issueResetToken(context, user.id);
    // The link comes from the configured public origin, never from Host or X-Forwarded-Host,
    // which an attacker could set to receive the token (password-reset poisoning).
    const link = `${input.portalOrigin}/reset-password#token=${encodeURIComponent(token)}`;
    const text = await textFor(db, user);
    await mailer.sendInBackground(
      composeMail(text, resetMail, user.email, { name: user.first_name, link }),
    );
  }
}
