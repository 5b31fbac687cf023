// One successful call of every state-changing /api/admin route, and what its audit line must show:
// the target it names (an id or an email), and either the values before and after (a change of
// existing values) or the words naming what was added or removed. The scenarios are in the
// admin-change-scenarios-*.ts files; admin-change-audit.test.ts runs them on both databases and
// refuses a route of the catalogue that has neither a scenario nor a reason in `notChanges`.
import type { AuditEventName } from "../../../server/audit/audit-log.ts";
import type { ChangeWorld } from "./admin-change-world.ts";

export type Expectation =
  { kind: "change"; changed: string[] } | { kind: "names"; names: string[] };

export type PreparedCall = {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  target: string;
  expect: Expectation;
};

export type Scenario = {
  route: string;
  event: AuditEventName;
  prepare: (world: ChangeWorld) => PreparedCall | Promise<PreparedCall>;
};

const change = (...changed: string[]): Expectation => ({ kind: "change", changed });
const names = (...named: string[]): Expectation => ({ kind: "names", names: named });
const unique = () => crypto.randomUUID().slice(0, 8);

/** Routes that change nothing and so have no scenario: each with the reason. */
export const notChanges: Record<string, string> = {
  "POST /api/admin/apps/saml-metadata": "reads the metadata XML into form fields; stores nothing",
  "POST /api/admin/users/import/dry-run": "shows the import's plan; writes nothing",
  "POST /api/admin/webhooks/test": "queues a test event (itself the audit line); changes nothing",
  "POST /api/admin/webhooks/:id/test":
    "queues a test event (itself the audit line); changes nothing",
  "POST /api/admin/settings/mail-test":
    "sends a test mail (audited settings.mail_tested); changes nothing",
};

export { change, names, unique };
