// Who may decide a step of a request, resolved when asked rather than when the request was made:
// an approver disabled, deleted or removed from the approving group since then no longer
// decides. A step nobody can decide is its own state ("needs an approver"), which admins see and
// may decide, never a request that silently waits for no one.
import type { Db } from "../storage/database.ts";
import type { ApprovalStep } from "../storage/requests-schema.ts";
import type { User } from "../storage/schema.ts";

/** Why a step has nobody to decide it, in the words docs/admin.md uses. */
export type MissingApprover = "no_manager" | "manager_not_found" | "no_approvers";

export type StepApprovers =
  { resolved: true; userIds: string[] } | { resolved: false; missing: MissingApprover };

type Requester = Pick<User, "id" | "manager">;

/**
 * The requester's manager: the profile's `manager` field names one active account by its email
 * or its display name (compared without case). None, several or no match is not guessed at.
 */
export async function findManager(
  db: Db,
  requester: Requester,
): Promise<{ ok: true; userId: string } | { ok: false; missing: MissingApprover }> {
  const name = requester.manager?.trim().toLowerCase() ?? "";
  if (name === "") {
    return { ok: false, missing: "no_manager" };
  }
  const matches = await db
    .selectFrom("users")
    .select("id")
    .where("status", "=", "active")
    .where((eb) => eb.or([eb("email", "=", name), eb(eb.fn("lower", ["display_name"]), "=", name)]))
    .limit(2)
    .execute();
  const only = matches.length === 1 ? matches[0] : undefined;
  return only === undefined || only.id === requester.id
    ? { ok: false, missing: "manager_not_found" }
    : { ok: true, userId: only.id };
}

async function activeIds(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("id", "in", ids)
    .where("status", "=", "active")
    .orderBy("id")
    .execute();
  return rows.map((row) => row.id);
}

async function candidates(db: Db, step: ApprovalStep, requester: Requester): Promise<string[]> {
  switch (step.approver) {
    case "manager": {
      const manager = await findManager(db, requester);
      return manager.ok ? [manager.userId] : [];
    }
    case "users":
      return activeIds(db, step.userIds);
    case "group": {
      const members = await db
        .selectFrom("group_members")
        .select("user_id")
        .where("group_id", "=", step.groupId)
        .execute();
      return activeIds(
        db,
        members.map((member) => member.user_id),
      );
    }
    case "admins": {
      const admins = await db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "admin")
        .execute();
      return activeIds(
        db,
        admins.map((admin) => admin.id),
      );
    }
  }
}

/** The active accounts that may decide `step` now; never the requester themselves. */
export async function resolveStepApprovers(
  db: Db,
  step: ApprovalStep,
  requester: Requester,
): Promise<StepApprovers> {
  if (step.approver === "manager") {
    const manager = await findManager(db, requester);
    if (!manager.ok) {
      return { resolved: false, missing: manager.missing };
    }
  }
  const userIds = (await candidates(db, step, requester)).filter((id) => id !== requester.id);
  return userIds.length > 0
    ? { resolved: true, userIds }
    : { resolved: false, missing: "no_approvers" };
}

/** The active admins other than the requester: who decides a step that needs an approver. */
export async function fallbackApprovers(db: Db, requesterId: string): Promise<string[]> {
  const ids = await candidates(db, { approver: "admins" }, { id: requesterId, manager: null });
  return ids.filter((id) => id !== requesterId);
}
