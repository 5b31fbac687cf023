import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueToken, parseToken, secretMatches } from "../../../../server/auth/token.ts";
import { systemRandom } from "../../../../server/lib/clock.ts";

describe("id.secret tokens", () => {
  it("carry at least 128 bits of secret and store only its SHA-256", () => {
    const { token, secretHash } = issueToken(systemRandom);
    const parsed = parseToken(token);
    expect(parsed).toBeDefined();
    expect(Buffer.from(parsed?.secret ?? "", "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(secretHash).toBe(
      createHash("sha256")
        .update(parsed?.secret ?? "")
        .digest("hex"),
    );
    expect(secretHash).not.toContain(parsed?.secret);
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, () => issueToken(systemRandom).token));
    expect(tokens.size).toBe(100);
  });

  it("match only their own secret", () => {
    const first = issueToken(systemRandom);
    const second = issueToken(systemRandom);
    const firstSecret = parseToken(first.token)?.secret ?? "";
    expect(secretMatches(firstSecret, first.secretHash)).toBe(true);
    expect(secretMatches(firstSecret, second.secretHash)).toBe(false);
    expect(secretMatches(firstSecret, "")).toBe(false);
  });

  it.each([
    "",
    "abc",
    "a.b",
    `${"a".repeat(20)}.${"b".repeat(26)}`,
    `${"a".repeat(20)}.${"b".repeat(27)}.x`,
    `${"a".repeat(19)}+.${"b".repeat(27)}`,
  ])("refuse the malformed token %j without throwing", (token) => {
    expect(parseToken(token)).toBeUndefined();
  });
});
