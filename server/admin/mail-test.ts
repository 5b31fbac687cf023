// The console's mail relay test (docs/admin.md, "Settings"): one mail through the configured
// relay to the admin's own address or a typed one, and the relay's answer in words — delivered,
// kept in the outbox (no relay configured), or why it failed: unreachable, credentials refused,
// the message or recipient refused. Audited either way (`settings.mail_tested`).
import { composeMail, relayTestMail } from "../mail/mail-messages.ts";
import type { Mailer } from "../mail/mailer.ts";
import { textFor } from "../policies/language.ts";
import type { MailTestResult } from "../schemas/admin-settings.ts";
import { findUserById } from "../storage/users.ts";
import { auditAdminChange, type AdminActor } from "./admin-actor.ts";

type RelayProblem = Extract<MailTestResult, { ok: false }>["problem"];

/** Nodemailer's error codes (and the SMTP reply's class) as the kind of failure the admin sees. */
function problemOf(error: { code?: unknown; responseCode?: unknown }): RelayProblem {
  if (error.code === "EAUTH") {
    return "authentication";
  }
  if (
    ["ECONNECTION", "ETIMEDOUT", "EDNS", "ESOCKET", "ECONNREFUSED"].includes(String(error.code))
  ) {
    return "unreachable";
  }
  return typeof error.responseCode === "number" && error.responseCode >= 400 ? "refused" : "other";
}

/** What the relay said, on one line and bounded: it goes to the admin's screen and the audit log. */
function relayMessageOf(error: { response?: unknown; message?: unknown }): string {
  const said =
    typeof error.response === "string"
      ? error.response
      : typeof error.message === "string"
        ? error.message
        : "";
  return said
    .replace(/[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]+/gu, " ")
    .trim()
    .slice(0, 300);
}

export async function sendTestMail(
  actor: AdminActor & { actorId: string },
  mailer: Mailer,
  to: string | undefined,
): Promise<MailTestResult> {
  const admin = await findUserById(actor.db, actor.actorId);
  const recipient = to ?? admin?.email ?? "";
  const text = await textFor(actor.db, { locale: admin?.locale ?? null });
  let result: MailTestResult;
  try {
    await mailer.send(
      composeMail(text, relayTestMail, recipient, { admin: admin?.email ?? actor.actorId }),
    );
    result = { ok: true, to: recipient, delivery: mailer.delivery };
  } catch (caught) {
    const error = (typeof caught === "object" && caught !== null ? caught : {}) as Record<
      string,
      unknown
    >;
    result = {
      ok: false,
      to: recipient,
      problem: problemOf(error),
      relayMessage: relayMessageOf(error),
    };
  }
  await auditAdminChange(actor, "settings.mail_tested", {
    details: result.ok
      ? { to: recipient, outcome: result.delivery === "smtp" ? "sent" : "kept_in_outbox" }
      : { to: recipient, outcome: "failed", problem: result.problem, relay: result.relayMessage },
  });
  return result;
}
