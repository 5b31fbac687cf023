// `gatehouse-admin` (also `npm run admin -- …`): account administration straight on the
// database. Passwords are read from standard input or generated, never taken from argv, where
// any user of the machine could read them in the process list.
import { existsSync } from "node:fs";
import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import { listAuditEvents } from "../audit/audit-log.ts";
import { hashPassword, maxPasswordBytes } from "../auth/password.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import {
  ConfigError,
  configuredDatabaseUrl,
  loadConfig,
  type ServerConfig,
} from "../config/config.ts";
import { systemClock, systemRandom } from "../lib/clock.ts";
import { createMailer, listOutbox, type Mailer } from "../mail/mailer.ts";
import { evaluatePassword, type PersonalWords } from "../passwords/password-rules.ts";
import { policyKinds, type PolicyKind } from "../policies/policy-schemas.ts";
import { readPolicy } from "../policies/policy-store.ts";
import { publishChange } from "../storage/change-channel-for-database.ts";
import { announceNothing, type AnnounceChange } from "../storage/change-topics.ts";
import { openDatabase, type Db } from "../storage/database.ts";
import { migrateToLatest } from "../storage/migrate.ts";
import { findUserByEmail, listUsers, normalizeEmail, updateUser } from "../storage/users.ts";
import { chooseAdminDatabase } from "./database-choice.ts";
import { sendInvitation } from "./invite.ts";
import { escapeForTerminal } from "./terminal-text.ts";
import { DeviceCommandError, deviceUsage, runDeviceCommand } from "./device-admin.ts";
import { runSshKeyCommand, SshKeyCommandError, sshKeyUsage } from "./ssh-key-admin.ts";
import { AppCommandError, appUsage, runAppCommand } from "./app-cli.ts";
import { resetUserMfa } from "./mfa-admin.ts";
import { changePolicy } from "./policy-admin.ts";
import {
  createAccount,
  setAccountRole,
  setAccountStatus,
  setTemporaryPassword,
  unlockUser,
  type AdminActor,
} from "./user-admin.ts";

const usage = `Usage: gatehouse-admin <command> [options]

  user list
  user create --email EMAIL --first-name NAME --last-name NAME [--admin] [--password-stdin]
  user invite --email EMAIL --first-name NAME --last-name NAME [--admin]
                                           (mails a 3-day link to choose a password)
  user set-password --email EMAIL [--password-stdin]
  user temporary-password --email EMAIL   (shown once; must be changed at next sign-in)
  user disable --email EMAIL              (ends the user's sessions)
  user enable --email EMAIL
  user unlock --email EMAIL
  user make-admin --email EMAIL
  user remove-admin --email EMAIL
  user reset-mfa --email EMAIL            (removes the authenticator and recovery codes)
  policy list
  policy get KIND                          (KIND: ${policyKinds.join(", ")})
  policy set KIND SETTING=VALUE [...]      (e.g. policy set lockout threshold=5 mode=admin)
  audit list [--limit N] [--email EMAIL]
  mail list [--limit N]                    (mail kept while no SMTP server is configured)
${sshKeyUsage}
${deviceUsage}
${appUsage}

Without --password-stdin a strong temporary password is generated and printed once.
The database comes from GATEHOUSE_DATABASE_URL; without it, data/gatehouse.db (npm run server)
or data/demo.db (npm start), whichever exists. The CLI never creates a database.`;

export class UsageError extends Error {}

export type AdminIo = {
  db: Db;
  stdin: () => Promise<string>;
  print: (line: string) => void;
  /** For invitations: where mail goes and the portal address its link points to. */
  mailer?: Mailer;
  publicUrl?: string | undefined;
  /** For commands that seal or open secrets with the server key (sso rotate-keys). */
  config?: Pick<ServerConfig, "mode" | "secretKey">;
  /** Tells running servers that shared state changed (policies, SSO keys); none in tests. */
  announce?: AnnounceChange;
};

/** Runs one command; every line it prints passes escapeForTerminal (users wrote some of it). */
export function runAdminCommand(argv: string[], io: AdminIo): Promise<void> {
  return runCommand(argv, { ...io, print: (line) => io.print(escapeForTerminal(line)) });
}

async function runCommand(argv: string[], io: AdminIo): Promise<void> {
  if (["app", "group", "sso"].includes(argv[0] ?? "")) {
    return runAppCommand(argv, io);
  }
  if (argv[0] === "ssh-keys") {
    return runSshKeyCommand(argv, io);
  }
  if (argv[0] === "device" || argv[0] === "enrollment-token") {
    return runDeviceCommand(argv, io);
  }
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      "first-name": { type: "string" },
      "last-name": { type: "string" },
      admin: { type: "boolean", default: false },
      "password-stdin": { type: "boolean", default: false },
      limit: { type: "string" },
    },
  });
  const command = positionals.slice(0, 2).join(" ");
  const rest = positionals.slice(2);
  const actor: AdminActor = { db: io.db, now: systemClock.now(), actorId: "cli" };
  const readPassword = async (personal: PersonalWords) => {
    if (!values["password-stdin"]) {
      return undefined;
    }
    const password = checkPassword((await io.stdin()).replace(/\r?\n$/, ""));
    const unmet = evaluatePassword(await readPolicy(io.db, "password"), password, personal)
      .filter((rule) => rule.met === false)
      .map((rule) => rule.label);
    if (unmet.length > 0) {
      throw new UsageError(`The password does not meet the policy: ${unmet.join("; ")}.`);
    }
    return password;
  };
  const requireUser = async () => {
    const email = requireOption(values.email, "--email");
    const user = await findUserByEmail(io.db, email);
    if (user === undefined) {
      throw new UsageError(`No user has the email ${normalizeEmail(email)}.`);
    }
    return user;
  };

  switch (command) {
    case "user list": {
      for (const user of await listUsers(io.db)) {
        io.print(`${user.email}\t${user.display_name}\t${user.role}\t${user.status}`);
      }
      return;
    }
    case "user create": {
      const email = requireOption(values.email, "--email");
      const firstName = requireOption(values["first-name"], "--first-name");
      const lastName = requireOption(values["last-name"], "--last-name");
      if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
        throw new UsageError(`--email is not an email address: ${email}`);
      }
      if ((await findUserByEmail(io.db, email)) !== undefined) {
        throw new UsageError(`A user with the email ${normalizeEmail(email)} already exists.`);
      }
      const password = await readPassword({ firstName, lastName, email });
      const result = await createAccount(actor, {
        email,
        firstName,
        lastName,
        role: values.admin ? "admin" : "user",
        ...(password === undefined ? {} : { password }),
      });
      if (!result.ok) {
        throw new UsageError(`A user with the email ${normalizeEmail(email)} already exists.`);
      }
      io.print(`Created ${values.admin ? "admin" : "user"} ${normalizeEmail(email)}.`);
      if (result.user.temporaryPassword !== undefined) {
        io.print(`Initial password (shown once): ${result.user.temporaryPassword}`);
        io.print("They will choose their own password when they first sign in.");
      }
      return;
    }
    case "user set-password": {
      const user = await requireUser();
      const password = await readPassword({
        firstName: user.first_name,
        lastName: user.last_name,
        email: user.email,
        username: user.username,
      });
      if (password === undefined) {
        const result = await setTemporaryPassword(actor, user.id);
        io.print(`Temporary password for ${user.email} (shown once): ${temporary(result)}`);
        io.print("Their sessions were ended; they must choose a new password at sign-in.");
        return;
      }
      await updateUser(io.db, user.id, {
        password_hash: await hashPassword(password),
        must_change_password: 0,
        password_changed_at: actor.now,
        updated_at: actor.now,
      });
      // A new password ends every session the old one opened.
      await invalidateUserSessions(io.db, user.id);
      io.print(`Password set for ${user.email}; their sessions were ended.`);
      return;
    }
    case "user invite": {
      const email = requireOption(values.email, "--email");
      const firstName = requireOption(values["first-name"], "--first-name");
      const lastName = requireOption(values["last-name"], "--last-name");
      if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
        throw new UsageError(`--email is not an email address: ${email}`);
      }
      if (io.mailer === undefined || io.publicUrl === undefined) {
        throw new UsageError(
          "Invitations need GATEHOUSE_PUBLIC_URL (the portal address the link points to).",
        );
      }
      const result = await createAccount(actor, {
        email,
        firstName,
        lastName,
        role: values.admin ? "admin" : "user",
        invite: true,
      });
      if (!result.ok) {
        throw new UsageError(`A user with the email ${normalizeEmail(email)} already exists.`);
      }
      await sendInvitation(
        { db: io.db, clock: systemClock, random: systemRandom },
        io.mailer,
        io.publicUrl,
        result.user.user,
      );
      io.print(`Invited ${normalizeEmail(email)}; the link works for three days.`);
      return;
    }
    case "user temporary-password": {
      const user = await requireUser();
      const result = await setTemporaryPassword(actor, user.id);
      io.print(`Temporary password for ${user.email} (shown once): ${temporary(result)}`);
      io.print("Their sessions were ended; they must choose a new password at sign-in.");
      return;
    }
    case "user disable":
    case "user enable": {
      const user = await requireUser();
      const status = command === "user disable" ? "disabled" : "active";
      await setAccountStatus(actor, user.id, status);
      io.print(
        status === "disabled"
          ? `Disabled ${user.email}; their sessions were ended.`
          : `Enabled ${user.email}.`,
      );
      return;
    }
    case "user unlock": {
      const user = await requireUser();
      await unlockUser(actor, user.id);
      io.print(`Unlocked ${user.email}.`);
      return;
    }
    case "user make-admin":
    case "user remove-admin": {
      const user = await requireUser();
      const role = command === "user make-admin" ? "admin" : "user";
      await setAccountRole(actor, user.id, role);
      io.print(`${user.email} is now ${role === "admin" ? "an admin" : "a user"}.`);
      return;
    }
    case "user reset-mfa": {
      const user = await requireUser();
      const result = await resetUserMfa(actor, io.mailer, user.id);
      if (!result.ok) {
        throw new UsageError("That user no longer exists.");
      }
      io.print(`Reset MFA for ${user.email}; their sessions were ended.`);
      return;
    }
    case "policy list": {
      for (const kind of policyKinds) {
        io.print(`${kind}\t${JSON.stringify(await readPolicy(io.db, kind))}`);
      }
      return;
    }
    case "policy get": {
      const kind = requireKind(rest[0]);
      io.print(JSON.stringify(await readPolicy(io.db, kind), null, 2));
      return;
    }
    case "policy set": {
      const kind = requireKind(rest[0]);
      const changes = parseSettings(rest.slice(1));
      const result = await changePolicy(actor, kind, changes, io.announce ?? announceNothing);
      if (!result.ok) {
        throw new UsageError(`The ${kind} policy was not changed: ${result.problem}.`);
      }
      io.print(`${kind}\t${JSON.stringify(result.value)}`);
      return;
    }
    case "audit list": {
      const limit = parseLimit(values.limit);
      const target = values.email === undefined ? undefined : (await requireUser()).id;
      const events = await listAuditEvents(io.db, {
        limit,
        ...(target === undefined ? {} : { targetId: target }),
      });
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
      return;
    }
    case "mail list": {
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
      return;
    }
    default:
      throw new UsageError(command === "" ? usage : `Unknown command "${command}".\n\n${usage}`);
  }
}

function temporary(result: Awaited<ReturnType<typeof setTemporaryPassword>>): string {
  if (!result.ok) {
    throw new UsageError("That user no longer exists.");
  }
  return result.user.temporaryPassword;
}

function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") {
    throw new UsageError(`${name} is required.`);
  }
  return value.trim();
}

function parseLimit(value: string | undefined): number {
  const limit = Number(value ?? "50");
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new UsageError("--limit must be a whole number from 1 to 1000.");
  }
  return limit;
}

function requireKind(value: string | undefined): PolicyKind {
  if (value === undefined || !(policyKinds as string[]).includes(value)) {
    throw new UsageError(`Name a policy: ${policyKinds.join(", ")}.`);
  }
  return value as PolicyKind;
}

/** SETTING=VALUE pairs; values are read as JSON where they parse (numbers, true, lists). */
function parseSettings(pairs: string[]): Record<string, unknown> {
  if (pairs.length === 0) {
    throw new UsageError("Give at least one SETTING=VALUE.");
  }
  return Object.fromEntries(
    pairs.map((pair) => {
      const index = pair.indexOf("=");
      if (index <= 0) {
        throw new UsageError(`"${pair}" is not SETTING=VALUE.`);
      }
      const raw = pair.slice(index + 1);
      let value: unknown = raw;
      try {
        value = JSON.parse(raw);
      } catch {
        // A bare word such as mode=admin stays a string.
      }
      return [pair.slice(0, index), value];
    }),
  );
}

function checkPassword(password: string): string {
  if (password.length < 12) {
    throw new UsageError("The password must be at least 12 characters long.");
  }
  if (Buffer.byteLength(password, "utf8") > maxPasswordBytes) {
    throw new UsageError(`The password must be at most ${maxPasswordBytes} bytes long.`);
  }
  return password;
}

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

if (import.meta.main) {
  main().catch((error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof AppCommandError ||
      error instanceof SshKeyCommandError ||
      error instanceof DeviceCommandError ||
      error instanceof ConfigError
    ) {
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
}
