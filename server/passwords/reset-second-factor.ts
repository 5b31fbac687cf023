// The seam for "if the user has MFA they must pass it before the new password takes effect"
// (PRODUCT.md §1). Until factors exist nobody has one, so the reset goes straight through; the
// MFA issue replaces this with a real check (and a step in the reset page).
import type { User } from "../storage/schema.ts";

export type ResetSecondFactor = { required: false } | { required: true; methods: string[] };

export function secondFactorForReset(user: User): ResetSecondFactor {
  // No factor store yet: every account is password-only, whoever `user` is.
  void user;
  return { required: false };
}
