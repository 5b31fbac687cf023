// `gatehouse-admin user …`: accounts straight on the database. Passwords are read from standard
// input or generated, never taken from argv, where any user of the machine could read them in
// the process list.
import { parseArgs } from "node:util";
import { hashPassword } from "../../auth/password.ts";
import { invalidateUserSessions } from "../../auth/session.ts";
import { systemClock, systemRandom } from "../../lib/clock.ts";
import { maxPasswordBytes } from "../../lib/limits.ts";
import { evaluatePassword, type PersonalWords } from "../../passwords/password-rules.ts";
import { readPolicy } from "../../policies/policy-store.ts";
import { findUserByEmail, listUsers, normalizeEmail, updateUser } from "../../storage/users.ts";
import { sendInvitation } from "../invite.ts";
import { resetUserMfa } from "../mfa-admin.ts";
import {
  createAccount,
  setAccountRole,
  setAccountStatus,
  setTemporaryPassword,
  unlockUser,
} from "../user-admin.ts";
import { cliActor, required, UsageError, userWithEmail, type AdminIo } from "./io.ts";

export const userUsage = `  user list
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
  user reset-mfa --email EMAIL            (removes the authenticator and recovery codes)`;

type UserOptions = {
  email?: string | undefined;
  "first-name"?: string | undefined;
  "last-name"?: string | undefined;
  admin: boolean;
  "password-stdin": boolean;
};

export async function runUserCommand(argv: string[], io: AdminIo): Promise<void> {
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
  const verb = positionals[1] ?? "";
  if (verb === "list") {
    for (const user of await listUsers(io.db)) {
      io.print(`${user.email}\t${user.display_name}\t${user.role}\t${user.status}`);
    }
    return;
  }
  if (verb === "create") {
    return createUser(io, values);
  }
  if (verb === "invite") {
    return inviteUser(io, values);
  }
  if (verb === "set-password") {
    return setPassword(io, values);
  }
  const change = accountChanges[verb];
  if (change === undefined) {
    throw new UsageError(`Unknown command "user ${verb}".\n\n${userUsage}`);
  }
  const user = await userWithEmail(io, required(values.email, "--email"));
  for (const line of await change(io, user)) {
    io.print(line);
  }
}

type Account = Awaited<ReturnType<typeof userWithEmail>>;

type AccountChange = (io: AdminIo, user: Account) => Promise<string[]>;

const giveTemporaryPassword: AccountChange = async (io, user) => {
  const result = await setTemporaryPassword(cliActor(io), user.id);
  if (!result.ok) {
    throw new UsageError("That user no longer exists.");
  }
  return [
    `Temporary password for ${user.email} (shown once): ${result.user.temporaryPassword}`,
    "Their sessions were ended; they must choose a new password at sign-in.",
  ];
};

/** The commands that change one existing account, and the lines that say what they did. */
const accountChanges: Record<string, AccountChange> = {
  "temporary-password": giveTemporaryPassword,
  disable: async (io, user) => {
    await setAccountStatus(cliActor(io), user.id, "disabled");
    return [`Disabled ${user.email}; their sessions were ended.`];
  },
  enable: async (io, user) => {
    await setAccountStatus(cliActor(io), user.id, "active");
    return [`Enabled ${user.email}.`];
  },
  unlock: async (io, user) => {
    await unlockUser(cliActor(io), user.id);
    return [`Unlocked ${user.email}.`];
  },
  "make-admin": async (io, user) => {
    await setAccountRole(cliActor(io), user.id, "admin");
    return [`${user.email} is now an admin.`];
  },
  "remove-admin": async (io, user) => {
    await setAccountRole(cliActor(io), user.id, "user");
    return [`${user.email} is now a user.`];
  },
  "reset-mfa": async (io, user) => {
    if (!(await resetUserMfa(cliActor(io), io.mailer, user.id)).ok) {
      throw new UsageError("That user no longer exists.");
    }
    return [`Reset MFA for ${user.email}; their sessions were ended.`];
  },
};

async function createUser(io: AdminIo, values: UserOptions): Promise<void> {
  const { email, firstName, lastName } = newAccount(values);
  if ((await findUserByEmail(io.db, email)) !== undefined) {
    throw new UsageError(`A user with the email ${normalizeEmail(email)} already exists.`);
  }
  const password = await readPassword(io, values, { firstName, lastName, email });
  const result = await createAccount(cliActor(io), {
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
}

async function inviteUser(io: AdminIo, values: UserOptions): Promise<void> {
  const { email, firstName, lastName } = newAccount(values);
  if (io.mailer === undefined || io.publicUrl === undefined) {
    throw new UsageError(
      "Invitations need GATEHOUSE_PUBLIC_URL (the portal address the link points to).",
    );
  }
  const result = await createAccount(cliActor(io), {
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
    { db: io.db, clock: systemClock, random: systemRandom, mailer: io.mailer },
    io.publicUrl,
    result.user.user,
  );
  io.print(`Invited ${normalizeEmail(email)}; the link works for three days.`);
}

async function setPassword(io: AdminIo, values: UserOptions): Promise<void> {
  const user = await userWithEmail(io, required(values.email, "--email"));
  const password = await readPassword(io, values, {
    firstName: user.first_name,
    lastName: user.last_name,
    email: user.email,
    username: user.username,
  });
  if (password === undefined) {
    for (const line of await giveTemporaryPassword(io, user)) {
      io.print(line);
    }
    return;
  }
  const now = systemClock.now();
  await updateUser(io.db, user.id, {
    password_hash: await hashPassword(password),
    must_change_password: 0,
    password_changed_at: now,
    updated_at: now,
  });
  // A new password ends every session the old one opened.
  await invalidateUserSessions(io.db, user.id);
  io.print(`Password set for ${user.email}; their sessions were ended.`);
}

function newAccount(values: UserOptions): { email: string; firstName: string; lastName: string } {
  const email = required(values.email, "--email");
  const firstName = required(values["first-name"], "--first-name");
  const lastName = required(values["last-name"], "--last-name");
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
    throw new UsageError(`--email is not an email address: ${email}`);
  }
  return { email, firstName, lastName };
}

/** The password from standard input (--password-stdin), checked against the policy. */
async function readPassword(
  io: AdminIo,
  values: UserOptions,
  personal: PersonalWords,
): Promise<string | undefined> {
  if (!values["password-stdin"]) {
    return undefined;
  }
  const password = (await io.stdin()).replace(/\r?\n$/, "");
  if (password.length < 12) {
    throw new UsageError("The password must be at least 12 characters long.");
  }
  if (Buffer.byteLength(password, "utf8") > maxPasswordBytes) {
    throw new UsageError(`The password must be at most ${maxPasswordBytes} bytes long.`);
  }
  const unmet = evaluatePassword(await readPolicy(io.db, "password"), password, personal)
    .filter((rule) => rule.met === false)
    .map((rule) => rule.label);
  if (unmet.length > 0) {
    throw new UsageError(`The password does not meet the policy: ${unmet.join("; ")}.`);
  }
  return password;
}
