// `gatehouse-admin audit list`: the newest audit events, for everyone or one user.
import { parseArgs } from "node:util";
import { pageAuditEvents } from "../../audit/audit-query.ts";
import { parseLimit, UsageError, userWithEmail, type AdminIo } from "./io.ts";

export const auditUsage = "  audit list [--limit N] [--email EMAIL]";

export async function runAuditCommand(argv: string[], io: AdminIo): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: "string" }, limit: { type: "string" } },
  });
  if (positionals[1] !== "list") {
    throw new UsageError(`Unknown command "${positionals.join(" ")}".\n\n${auditUsage}`);
  }
  const limit = parseLimit(values.limit);
  const target = values.email === undefined ? undefined : await userWithEmail(io, values.email);
  const { events } = await pageAuditEvents(
    io.db,
    target === undefined ? {} : { targetId: target.id },
    { limit },
  );
  for (const event of events) {
    io.print(
      [
        new Date(event.at).toISOString(),
        event.event,
        event.reason ?? "-",
        `actor=${event.actor_id ?? "-"}`,
        `target=${event.target_email ?? event.target_id ?? "-"}`,
        `ip=${event.ip ?? "-"}`,
        event.details ?? "",
      ].join("\t"),
    );
  }
}
