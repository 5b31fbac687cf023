// Every `gatehouse-admin` command, by its noun: the dispatch and the usage text that lists them.
import { apiTokenUsage, runApiTokenCommand } from "./api-token.ts";
import { runAppCommand, appUsage } from "./app.ts";
import { auditUsage, runAuditCommand } from "./audit.ts";
import { deviceUsage, runDeviceCommand } from "./device.ts";
import { groupUsage, runGroupCommand } from "./group.ts";
import { UsageError, type AdminIo } from "./io.ts";
import { escapeForTerminal } from "./terminal-text.ts";
import { mailUsage, runMailCommand } from "./mail.ts";
import { policyUsage, runPolicyCommand } from "./policy.ts";
import { requestFlowUsage, runRequestFlowCommand } from "./request-flow.ts";
import { requestsUsage, runRequestsCommand } from "./requests.ts";
import { runSshKeyCommand, sshKeyUsage } from "./ssh-keys.ts";
import { runSsoCommand, ssoUsage } from "./sso.ts";
import { runUserCommand, userUsage } from "./user.ts";
import { runWebhookCommand, webhookUsage } from "./webhook.ts";

export const usage = `Usage: gatehouse-admin <command> [options]

${userUsage}
${policyUsage}
${auditUsage}
${mailUsage}
${sshKeyUsage}
${deviceUsage}
${appUsage}
${groupUsage}
${requestFlowUsage}
${requestsUsage}
${ssoUsage}
${apiTokenUsage}
${webhookUsage}

Without --password-stdin a strong temporary password is generated and printed once.
The database comes from GATEHOUSE_DATABASE_URL; without it, data/gatehouse.db (npm run server)
or data/demo.db (npm start), whichever exists. The CLI never creates a database.`;

const nouns: Record<string, (argv: string[], io: AdminIo) => Promise<void>> = {
  user: runUserCommand,
  policy: runPolicyCommand,
  audit: runAuditCommand,
  mail: runMailCommand,
  "ssh-keys": runSshKeyCommand,
  device: runDeviceCommand,
  "enrollment-token": runDeviceCommand,
  app: runAppCommand,
  group: runGroupCommand,
  "request-flow": runRequestFlowCommand,
  requests: runRequestsCommand,
  sso: runSsoCommand,
  "api-token": runApiTokenCommand,
  webhook: runWebhookCommand,
};

/** Runs one command; every line it prints passes escapeForTerminal (users wrote some of it). */
export async function runAdminCommand(argv: string[], io: AdminIo): Promise<void> {
  const noun = argv[0] ?? "";
  const run = nouns[noun];
  if (run === undefined) {
    throw new UsageError(noun === "" ? usage : `Unknown command "${noun}".\n\n${usage}`);
  }
  await run(argv, { ...io, print: (line) => io.print(escapeForTerminal(line)) });
}
