import { describe, expect, it } from "vitest";
import { commonPasswordCount, isCommonPassword } from "../../../../server/passwords/blocklist.ts";

describe("the list of common passwords", () => {
  it("is the maintained list of tens of thousands of entries", () => {
    expect(commonPasswordCount()).toBeGreaterThan(10_000);
  });

  it("catches a common password in any case, and with digits or symbols after it", () => {
    for (const password of ["password", "PASSWORD", "Monkey123!", "qwerty2026"]) {
      expect(isCommonPassword(password)).toBe(true);
    }
  });

  it("lets an uncommon passphrase through, and does not judge a stem too short to mean much", () => {
    expect(isCommonPassword("violet lantern orbit")).toBe(false);
    expect(isCommonPassword("zq9!")).toBe(false);
  });
});
