import { describe, expect, it } from "vitest";
import { isPasswordExpired, passwordExpiresAt } from "../../../../server/auth/password-expiry.ts";
import { defaultPolicies } from "../../../../server/schemas/policies.ts";

const day = 86_400_000;
const setAt = Date.UTC(2026, 0, 1);

describe("password expiry", () => {
  it("never expires a password while the policy's maximum age is 0 (the default)", () => {
    const user = { password_changed_at: setAt, created_at: setAt };
    expect(passwordExpiresAt(user, defaultPolicies.password)).toBeNull();
    expect(isPasswordExpired(user, defaultPolicies.password, setAt + 10_000 * day)).toBe(false);
  });

  it("expires a password the maximum age after it was set, not a moment before", () => {
    const policy = { ...defaultPolicies.password, maxAgeDays: 90 };
    const user = { password_changed_at: setAt, created_at: setAt - 30 * day };
    expect(passwordExpiresAt(user, policy)).toBe(setAt + 90 * day);
    expect(isPasswordExpired(user, policy, setAt + 90 * day - 1)).toBe(false);
    expect(isPasswordExpired(user, policy, setAt + 90 * day)).toBe(true);
  });

  it("counts from the account's creation when the password was never changed", () => {
    const policy = { ...defaultPolicies.password, maxAgeDays: 30 };
    expect(passwordExpiresAt({ password_changed_at: null, created_at: setAt }, policy)).toBe(
      setAt + 30 * day,
    );
  });
});
