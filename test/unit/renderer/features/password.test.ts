import { describe, expect, it } from "vitest";
import { daysUntilExpiry } from "../../../../renderer/features/password/expiry.ts";
import { passwordMessages as m } from "../../../../renderer/features/password/messages.ts";
import {
  describeStrength,
  newPasswordProblems,
} from "../../../../renderer/features/password/new-password.ts";

const rule = (id: string, met: boolean | null) => ({ id, label: id, met });
const verdict = (password: string, ...met: (boolean | null)[]) => ({
  password,
  rules: met.map((value, index) => rule(`rule-${index}`, value)),
});

describe("problems with a new password", () => {
  it("reports the policy and a mismatched confirmation together", () => {
    expect(newPasswordProblems("short", "other", verdict("short", false, true))).toEqual({
      password: m.notAllMet,
      confirmation: m.mismatch,
    });
  });

  it("asks for the confirmation when it is empty", () => {
    expect(newPasswordProblems("harbor lights", "", verdict("harbor lights", true))).toEqual({
      confirmation: m.typeAgain,
    });
  });

  it("lets a matching password through when the verdict is for another keystroke", () => {
    expect(newPasswordProblems("harbor lights", "harbor lights", verdict("harbor", false))).toBe(
      undefined,
    );
    expect(newPasswordProblems("", "", undefined)).toEqual({ password: m.enterNew });
  });
});

describe("the strength meter", () => {
  it("follows the server's verdict, then length", () => {
    expect(describeStrength("", undefined).level).toBe(0);
    expect(describeStrength("abc", verdict("abc", false, false, true)).level).toBe(1);
    expect(describeStrength("abcdef", verdict("abcdef", true, false, true)).level).toBe(2);
    expect(describeStrength("orchard lane", verdict("orchard lane", true, true, null))).toEqual({
      level: 3,
      label: m.good,
    });
    const long = "orchard lantern river";
    expect(describeStrength(long, verdict(long, true, true)).label).toBe(m.strong);
  });

  it("calls a common or personal password too weak, however many other rules it meets", () => {
    const common = {
      password: "password",
      rules: [rule("min_length", false), rule("max_length", true), rule("not_common", false)],
    };
    expect(describeStrength("password", common).level).toBe(1);
    const personal = {
      password: "riley-chen-2024",
      rules: [rule("min_length", true), rule("max_length", true), rule("not_personal", false)],
    };
    expect(describeStrength("riley-chen-2024", personal).label).toBe(m.tooWeak);
  });

  it("shows nothing for a verdict on an older keystroke", () => {
    expect(describeStrength("orchard lane x", verdict("orchard lane", true)).level).toBe(0);
  });
});

describe("password expiry warnings", () => {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.parse("2026-03-10T12:00:00Z");
  const me = (inDays: number | null) => ({
    passwordExpiresAt: inDays === null ? null : new Date(now + inDays * day).toISOString(),
    passwordReminderDays: 7,
  });

  it("starts with the reminder window and counts a part day as one", () => {
    expect(daysUntilExpiry(me(null), now)).toBeUndefined();
    expect(daysUntilExpiry(me(8), now)).toBeUndefined();
    expect(daysUntilExpiry(me(7), now)).toBe(7);
    expect(daysUntilExpiry(me(0.25), now)).toBe(1);
    expect(daysUntilExpiry(me(-1), now)).toBeUndefined(); // expired: the forced change takes over
  });
});
