// Account administration shared by the admin CLI and /api/admin/*: each operation changes the
// account in one transaction, ends sessions where the change demands it, and audits who changed
// what, before and after. Expected failures are values; callers turn them into messages or codes.
import { randomBytes, randomUUID } from "node:crypto";
import { lockState, unlockAccount } from "../auth/lockout.ts";
import { hashPassword } from "../auth/password.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import type { Db } from "../storage/database.ts";
import type { User, UserRole, UserUpdate } from "../storage/schema.ts";
import {
  emptyProfile,
  findUserByEmail,
  findUserById,
  insertUser,
  normalizeEmail,
  updateUser,
} from "../storage/users.ts";
import {
  auditAdminChange,
  inTransaction,
  type AdminActor,
  type AdminResult,
} from "./admin-actor.ts";

export type NewAccount = {
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  /** Given: used as is. Absent: a temporary one is generated and must be changed at sign-in. */
  password?: string;
  /** The user will choose a password through an invitation link: none is usable until then. */
  invite?: boolean;
};

/** 144 bits from the CSPRNG, in characters that survive copy and paste. */
export function generateTemporaryPassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createAccount(
  actor: AdminActor,
  account: NewAccount,
): Promise<AdminResult<{ user: User; temporaryPassword: string | undefined }>> {
  const temporaryPassword =
    account.password === undefined && account.invite !== true
      ? generateTemporaryPassword()
      : undefined;
  // An invited account gets a random password nobody knows until the link replaces it.
  const passwordHash = await hashPassword(
    account.password ?? temporaryPassword ?? generateTemporaryPassword(),
  );
  return inTransaction(actor, async (actor) => {
    const { db, now } = actor;
    if ((await findUserByEmail(db, account.email)) !== undefined) {
      return { ok: false, reason: "exists" };
    }
    const organizationId = await organizationOf(db, now);
    const email = normalizeEmail(account.email);
    const id = randomUUID();
    await insertUser(db, {
      id,
      organization_id: organizationId,
      email,
      username: await freeUsername(db, email.split("@")[0] ?? email),
      first_name: account.firstName,
      last_name: account.lastName,
      display_name: `${account.firstName} ${account.lastName}`,
      role: account.role,
      status: "active",
      password_hash: passwordHash,
      must_change_password: temporaryPassword === undefined ? 0 : 1,
      password_changed_at: now,
      invited_at: account.invite === true ? now : null,
      ...emptyProfile,
      created_at: now,
      updated_at: now,
    });
    await auditAdminChange(actor, "user.created", {
      target: { id, email },
      details: { role: account.role, ...(account.invite === true ? { invited: "yes" } : {}) },
    });
    const user = (await findUserById(db, id)) as User;
    return { ok: true, user: { user, temporaryPassword } };
  });
}

export function setAccountStatus(
  actor: AdminActor,
  userId: string,
  status: "active" | "disabled",
): Promise<AdminResult> {
  return changeAccount(actor, userId, { status }, async (actor, user) => {
    if (status === "disabled") {
      await invalidateUserSessions(actor.db, user.id);
    }
    await auditAdminChange(actor, status === "disabled" ? "user.disabled" : "user.enabled", {
      target: user,
      details: { changed: ["status"], before: { status: user.status }, after: { status } },
    });
  });
}

export function setAccountRole(
  actor: AdminActor,
  userId: string,
  role: UserRole,
): Promise<AdminResult> {
  return changeAccount(actor, userId, { role }, (actor, user) =>
    auditAdminChange(actor, "user.role_changed", {
      target: user,
      details: { role, changed: ["role"], before: { role: user.role }, after: { role } },
    }),
  );
}

/** Sets a generated temporary password: every session ends and sign-in forces a change. */
export async function setTemporaryPassword(
  actor: AdminActor,
  userId: string,
): Promise<AdminResult<{ user: User; temporaryPassword: string }>> {
  const temporaryPassword = generateTemporaryPassword();
  const changes = {
    password_hash: await hashPassword(temporaryPassword),
    must_change_password: 1,
    password_changed_at: actor.now,
  };
  const result = await changeAccount(actor, userId, changes, async (actor, user) => {
    await invalidateUserSessions(actor.db, user.id);
    // The password itself is never recorded: only that it was replaced and must be changed.
    await auditAdminChange(actor, "password.temporary_set", {
      target: user,
      details: {
        changed: ["password", "mustChangePassword"],
        before: { password: "set", mustChangePassword: user.must_change_password === 1 },
        after: { password: "changed", mustChangePassword: true },
      },
    });
  });
  return result.ok ? { ok: true, user: { user: result.user, temporaryPassword } } : result;
}

export function unlockUser(actor: AdminActor, userId: string): Promise<AdminResult> {
  return inTransaction(actor, async (actor) => {
    const before = await findUserById(actor.db, userId);
    if (before === undefined || !(await unlockAccount(actor.db, userId))) {
      return { ok: false, reason: "not_found" };
    }
    await auditAdminChange(actor, "account.unlocked", {
      target: before,
      details: {
        wasLocked: lockState(before, actor.now).locked,
        changed: ["locked", "failedAttempts"],
        before: {
          locked: lockState(before, actor.now).locked,
          failedAttempts: before.failed_attempts,
        },
        after: { locked: false, failedAttempts: 0 },
      },
    });
    return { ok: true, user: (await findUserById(actor.db, userId)) as User };
  });
}

/** Applies the changes and runs `then` with the account as it was before, in one transaction. */
function changeAccount(
  actor: AdminActor,
  userId: string,
  changes: UserUpdate,
  then: (actor: AdminActor, before: User) => Promise<void>,
): Promise<AdminResult> {
  return inTransaction(actor, async (actor) => {
    const before = await findUserById(actor.db, userId);
    if (before === undefined) {
      return { ok: false, reason: "not_found" };
    }
    await updateUser(actor.db, userId, { ...changes, updated_at: actor.now });
    await then(actor, before);
    return { ok: true, user: (await findUserById(actor.db, userId)) as User };
  });
}

export async function organizationOf(db: Db, now: number): Promise<string> {
  const organization = await db.selectFrom("organizations").select("id").executeTakeFirst();
  if (organization !== undefined) {
    return organization.id;
  }
  const id = randomUUID();
  await db.insertInto("organizations").values({ id, name: "Gatehouse", created_at: now }).execute();
  return id;
}

export async function freeUsername(db: Db, base: string): Promise<string> {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? base : `${base}${suffix}`;
    const taken = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", candidate)
      .executeTakeFirst();
    if (taken === undefined) {
      return candidate;
    }
  }
}
