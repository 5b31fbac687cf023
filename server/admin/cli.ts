// `gatehouse-admin` (also `npm run admin -- …`): account administration straight on the
// database. Passwords are read from standard input or generated, never taken from argv, where
// any user of the machine could read them in the process list.
import { randomBytes, randomUUID } from "node:crypto";
import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import { hashPassword, maxPasswordBytes } from "../auth/password.ts";
import { ConfigError, loadConfig } from "../config/config.ts";
import { systemClock } from "../lib/clock.ts";
import { openDatabase, type Db } from "../storage/database.ts";
import { migrateToLatest } from "../storage/migrate.ts";
import {
  findUserByEmail,
  insertUser,
  listUsers,
  normalizeEmail,
  updateUser,
} from "../storage/users.ts";

const usage = `Usage: gatehouse-admin <command> [options]

  user list
  user create --email EMAIL --first-name NAME --last-name NAME [--admin] [--password-stdin]
  user set-password --email EMAIL [--password-stdin]

Without --password-stdin a strong password is generated and printed once.
The database comes from GATEHOUSE_DATABASE_URL (default sqlite:data/gatehouse.db).`;

export class UsageError extends Error {}

export async function runAdminCommand(
  argv: string[],
  io: { db: Db; stdin: () => Promise<string>; print: (line: string) => void },
): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      "first-name": { type: "string" },
      "last-name": { type: "string" },
      admin: { type: "boolean", default: false },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  const command = positionals.join(" ");
  const readPassword = async () =>
    values["password-stdin"] ? checkPassword((await io.stdin()).replace(/\r?\n$/, "")) : undefined;

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
      const password = (await readPassword()) ?? generatePassword();
      const organization = await io.db.selectFrom("organizations").select("id").executeTakeFirst();
      const now = systemClock.now();
      const organizationId = organization?.id ?? randomUUID();
      if (organization === undefined) {
        await io.db
          .insertInto("organizations")
          .values({ id: organizationId, name: "Gatehouse", created_at: now })
          .execute();
      }
      await insertUser(io.db, {
        id: randomUUID(),
        organization_id: organizationId,
        email,
        username: normalizeEmail(email).split("@")[0] ?? email,
        first_name: firstName,
        last_name: lastName,
        display_name: `${firstName} ${lastName}`,
        role: values.admin ? "admin" : "user",
        status: "active",
        password_hash: await hashPassword(password),
        ...emptyProfile,
        created_at: now,
        updated_at: now,
      });
      io.print(`Created ${values.admin ? "admin" : "user"} ${normalizeEmail(email)}.`);
      if (!values["password-stdin"]) {
        io.print(`Initial password (shown once): ${password}`);
      }
      return;
    }
    case "user set-password": {
      const email = requireOption(values.email, "--email");
      const user = await findUserByEmail(io.db, email);
      if (user === undefined) {
        throw new UsageError(`No user has the email ${normalizeEmail(email)}.`);
      }
      const password = (await readPassword()) ?? generatePassword();
      await updateUser(io.db, user.id, {
        password_hash: await hashPassword(password),
        updated_at: systemClock.now(),
      });
      // A new password ends every session the old one opened.
      await io.db.deleteFrom("sessions").where("user_id", "=", user.id).execute();
      io.print(`Password set for ${user.email}; their sessions were ended.`);
      if (!values["password-stdin"]) {
        io.print(`New password (shown once): ${password}`);
      }
      return;
    }
    default:
      throw new UsageError(command === "" ? usage : `Unknown command "${command}".\n\n${usage}`);
  }
}

const emptyProfile = {
  mobile_phone: null,
  work_phone: null,
  home_address: null,
  personal_email: null,
  job_title: null,
  department: null,
  employee_id: null,
  manager: null,
  cost_center: null,
  office_location: null,
  start_date: null,
};

function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") {
    throw new UsageError(`${name} is required.`);
  }
  return value.trim();
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

function generatePassword(): string {
  return randomBytes(18).toString("base64url"); // 144 bits
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.database);
  try {
    await migrateToLatest(db);
    await runAdminCommand(process.argv.slice(2), {
      db,
      stdin: () => text(process.stdin),
      print: (line) => console.log(line),
    });
  } finally {
    await db.destroy();
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) {
      console.error(error.message);
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
