// Account administration shared by the admin CLI and /api/admin/*: each operation changes the
// account, ends sessions where the change demands it, and writes the audit log. Expected
// failures are values; the callers turn them into CLI messages or HTTP codes.
import { randomBytes, randomUUID } from "node:crypto";
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import { unlockAccount } from "../auth/lockout.ts";
import { hashPassword } from "../auth/password.ts";
import { invalidateUserSessions } from "../auth/session.ts";
import type { Db } from "../storage/database.ts";
import type { User, UserRole } from "../storage/schema.ts";
import {
  emptyProfile,
  findUserByEmail,
  findUserById,
  insertUser,
  normalizeEmail,
} from "../storage/users.ts";

export type AdminActor = { db: Db; now: number; actorId: string | null; origin?: AuditOrigin };

export type AdminResult<T = User> =
  { ok: true; user: T } | { ok: false; reason: "not_found" | "exists" };

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
  const { db, now } = actor;
  if ((await findUserByEmail(db, account.email)) !== undefined) {
    return { ok: false, reason: "exists" };
  }
  const temporaryPassword =
    account.password === undefined && account.invite !== true
      ? generateTemporaryPassword()
      : undefined;
  // An invited account gets a random password nobody knows until the link replaces it.
  const initialPassword = account.password ?? temporaryPassword ?? generateTemporaryPassword();
  const organization = await db.selectFrom("organizations").select("id").executeTakeFirst();
  const organizationId = organization?.id ?? randomUUID();
  if (organization === undefined) {
    await db
      .insertInto("organizations")
      .values({ id: organizationId, name: "Gatehouse", created_at: now })
      .execute();
  }
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
    password_hash: await hashPassword(initialPassword),
    must_change_password: temporaryPassword === undefined ? 0 : 1,
    password_changed_at: now,
    ...emptyProfile,
    created_at: now,
    updated_at: now,
  });
  await audit(
    actor,
    "user.created",
    { id, email },
    { role: account.role, ...(account.invite === true ? { invited: "yes" } : {}) },
  );
  const user = (await findUserById(db, id)) as User;
  return { ok: true, user: { user, temporaryPassword } };
}

export async function setAccountStatus(
  actor: AdminActor,
  userId: string,
  status: "active" | "disabled",
): Promise<AdminResult> {
  const user = await changeUser(actor, userId, { status });
  if (user === undefined) {
    return { ok: false, reason: "not_found" };
  }
  if (status === "disabled") {
    await invalidateUserSessions(actor.db, userId);
  }
  await audit(actor, status === "disabled" ? "user.disabled" : "user.enabled", user);
  return { ok: true, user };
}

export async function setAccountRole(
  actor: AdminActor,
  userId: string,
  role: UserRole,
): Promise<AdminResult> {
  const user = await changeUser(actor, userId, { role });
  if (user === undefined) {
    return { ok: false, reason: "not_found" };
  }
  await audit(actor, "user.role_changed", user, { role });
  return { ok: true, user };
}

/** Sets a generated temporary password: every session ends and sign-in forces a change. */
export async function setTemporaryPassword(
  actor: AdminActor,
  userId: string,
): Promise<AdminResult<{ user: User; temporaryPassword: string }>> {
  const temporaryPassword = generateTemporaryPassword();
  const user = await changeUser(actor, userId, {
    password_hash: await hashPassword(temporaryPassword),
    must_change_password: 1,
    password_changed_at: actor.now,
  });
  if (user === undefined) {
    return { ok: false, reason: "not_found" };
  }
  await invalidateUserSessions(actor.db, userId);
  await audit(actor, "password.temporary_set", user);
  return { ok: true, user: { user, temporaryPassword } };
}

export async function unlockUser(actor: AdminActor, userId: string): Promise<AdminResult> {
  if (!(await unlockAccount(actor.db, userId))) {
    return { ok: false, reason: "not_found" };
  }
  const user = (await findUserById(actor.db, userId)) as User;
  await audit(actor, "account.unlocked", user);
  return { ok: true, user };
}

async function changeUser(
  { db, now }: AdminActor,
  userId: string,
  changes: Partial<Pick<User, "status" | "role" | "password_hash" | "must_change_password">> & {
    password_changed_at?: number;
  },
): Promise<User | undefined> {
  const result = await db
    .updateTable("users")
    .set({ ...changes, updated_at: now })
    .where("id", "=", userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n ? findUserById(db, userId) : undefined;
}

async function audit(
  actor: AdminActor,
  event: Parameters<typeof recordAuditEvent>[1]["event"],
  user: Pick<User, "id" | "email">,
  details?: Record<string, string>,
): Promise<void> {
  await recordAuditEvent(actor.db, {
    event,
    at: actor.now,
    actorId: actor.actorId,
    targetId: user.id,
    targetEmail: user.email,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    ...(details === undefined ? {} : { details }),
  });
}

async function freeUsername(db: Db, base: string): Promise<string> {
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
