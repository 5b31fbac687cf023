// Password expiry (off by default; see docs/admin.md for why): when the policy sets a maximum
// age, a password expires that many days after it was set.
import type { Policies } from "../schemas/policies.ts";
import type { User } from "../storage/schema.ts";

const day = 24 * 60 * 60 * 1000;

/** When the user's password expires, or null when expiry is off. */
export function passwordExpiresAt(
  user: Pick<User, "password_changed_at" | "created_at">,
  policy: Policies["password"],
): number | null {
  if (policy.maxAgeDays === 0) {
    return null;
  }
  return (user.password_changed_at ?? user.created_at) + policy.maxAgeDays * day;
}

export function isPasswordExpired(
  user: Pick<User, "password_changed_at" | "created_at">,
  policy: Policies["password"],
  now: number,
): boolean {
  const expiresAt = passwordExpiresAt(user, policy);
  return expiresAt !== null && now >= expiresAt;
}
