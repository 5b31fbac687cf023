import { describe, expect, it } from "vitest";
import {
  evaluatePassword,
  passwordMeetsPolicy,
} from "../../../../server/passwords/password-rules.ts";
import { defaultPolicies } from "../../../../server/schemas/policies.ts";

const policy = defaultPolicies.password;
const metOf = (results: ReturnType<typeof evaluatePassword>) =>
  Object.fromEntries(results.map((rule) => [rule.id, rule.met]));

describe("the password rules", () => {
  it("accept a long, uncommon, impersonal password under the default policy", () => {
    const results = evaluatePassword(policy, "violet lantern orbit 42");
    expect(passwordMeetsPolicy(results)).toBe(true);
    // History can only be judged on save, with the stored hashes: left open, not failed.
    expect(metOf(results).not_recent).toBeNull();
  });

  it("count characters as a person does, so an emoji is one character", () => {
    const strict = { ...policy, minLength: 4, maxLength: 4 };
    expect(metOf(evaluatePassword(strict, "🔒🔒🔒🔒"))).toMatchObject({
      min_length: true,
      max_length: true,
    });
  });

  it("ask for the character classes the policy requires, and only those", () => {
    const classes = { ...policy, requireUppercase: true, requireDigit: true, requireSymbol: true };
    expect(metOf(evaluatePassword(classes, "lowercase only words"))).toMatchObject({
      uppercase: false,
      digit: false,
      symbol: false,
    });
    expect(metOf(evaluatePassword(policy, "lowercase only words")).uppercase).toBeUndefined();
  });

  it("refuse a common password, its stem, or an extra word the admin blocked", () => {
    expect(metOf(evaluatePassword(policy, "password1234")).not_common).toBe(false);
    const blocking = { ...policy, extraBlockedWords: ["Gatehouse"] };
    expect(metOf(evaluatePassword(blocking, "my gatehouse lantern")).not_common).toBe(false);
  });

  it("refuse a password holding the user's name, username or email", () => {
    const personal = { firstName: "Alex", lastName: "Morgan", email: "a.morgan@example.com" };
    for (const password of ["alex lantern orbit", "orbit MORGAN lantern"]) {
      expect(metOf(evaluatePassword(policy, password, personal)).not_personal).toBe(false);
    }
    expect(passwordMeetsPolicy(evaluatePassword(policy, "violet lantern orbit", personal))).toBe(
      true,
    );
  });
});
