// `gatehouse-admin mail list`: the mail kept in the outbox while no SMTP server is configured.
import { parseArgs } from "node:util";
import { listOutbox } from "../../mail/mailer.ts";
import { parseLimit, UsageError, type AdminIo } from "./io.ts";

export const mailUsage =
  "  mail list [--limit N]                    (mail kept while no SMTP server is configured)";

export async function runMailCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { limit: { type: "string" } },
  });
  if (positionals[1] !== "list") {
    throw new UsageError(`Unknown command "${positionals.join(" ")}".\n\n${mailUsage}`);
  }
  const mails = await listOutbox(io.db, parseLimit(values.limit));
  if (mails.length === 0) {
    io.print("The outbox is empty.");
  }
  for (const mail of mails) {
    io.print(`--- ${new Date(mail.created_at).toISOString()}  To: ${mail.recipient}`);
    io.print(`Subject: ${mail.subject}`);
    io.print("");
    io.print(mail.body);
    io.print("");
  }
}
