// A user as the admin API shows it (with their lock state), and the errors of a user operation.
import type { AdminResult } from "../../admin/admin-actor.ts";
import { lockState } from "../../auth/lockout.ts";
import { AppError } from "../../errors.ts";
import type { AdminUser } from "../../schemas/admin.ts";
import type { User } from "../../storage/schema.ts";

export function adminUserView(user: User, now: number): AdminUser {
  const lock = lockState(user, now);
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    status: user.status,
    locked: lock.locked,
    lockedUntil: lock.locked && lock.until !== null ? new Date(lock.until).toISOString() : null,
    failedAttempts: user.failed_attempts,
    mustChangePassword: user.must_change_password === 1,
  };
}

/** The operation's user, or the error for a user who does not exist or already exists. */
export function userFound<T>(result: AdminResult<T>): T {
  if (!result.ok) {
    throw result.reason === "exists"
      ? new AppError("USER_EXISTS", "A user with this email already exists.", "email")
      : new AppError("USER_NOT_FOUND", "No such user.");
  }
  return result.user;
}
