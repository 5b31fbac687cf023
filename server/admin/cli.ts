// `gatehouse-admin` (also `npm run admin -- …`): administration straight on the configured
// database, one module per noun in cli/. Runs the command and turns a usage problem into one
// line on stderr and exit code 1.
import { existsSync } from "node:fs";
import { text } from "node:stream/consumers";
import { loadConfig } from "../config/config.ts";
import { ConfigError } from "../config/config-error.ts";
import { configuredDatabaseUrl } from "../config/config-source.ts";
import { systemClock } from "../lib/clock.ts";
import { createMailer } from "../mail/mailer.ts";
import { publishChange } from "../storage/change-channel-for-database.ts";
import { openDatabase } from "../storage/database.ts";
import { migrateToLatest } from "../storage/migrate.ts";
import { runAdminCommand, usage } from "./cli/commands.ts";
import { chooseAdminDatabase } from "./cli/database-choice.ts";
import { UsageError } from "./cli/io.ts";
import { escapeForTerminal } from "./cli/terminal-text.ts";

async function main(): Promise<void> {
  const configured = loadConfig();
  const choice = chooseAdminDatabase({
    configured: configured.database,
    explicit: configuredDatabaseUrl() !== undefined,
    exists: existsSync,
    directory: process.cwd(),
  });
  if (!choice.ok) {
    throw new UsageError(choice.message);
  }
  if (choice.notice !== undefined) {
    console.error(choice.notice); // stderr: output such as `ssh-keys export` stays clean
  }
  const config = { ...configured, database: choice.database };
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    await runAdminCommand(process.argv.slice(2), {
      db,
      config,
      stdin: () => text(process.stdin),
      print: (line) => console.log(line),
      mailer: createMailer({
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        db,
        now: () => systemClock.now(),
        log: { info: () => undefined, error: () => undefined }, // the CLI reports what it did itself
      }),
      publicUrl: config.publicUrl,
      announce: (topic) => publishChange(db, config.database, topic),
    });
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(escapeForTerminal(error.message));
  } else if (
    error instanceof TypeError &&
    "code" in error &&
    String(error.code).startsWith("ERR_PARSE_ARGS")
  ) {
    console.error(`${error.message}\n\n${usage}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
