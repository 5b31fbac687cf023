import { describe, expect, it } from "vitest";
import { parsePortalUrl } from "../../../../main/core/portal-url.ts";

describe("parsePortalUrl", () => {
  it("accepts an https portal and keeps only its origin", () => {
    expect(parsePortalUrl("https://portal.example.com/some/page?x=1")).toEqual({
      ok: true,
      origin: "https://portal.example.com",
    });
  });

  it("treats a bare host name as https", () => {
    expect(parsePortalUrl("  portal.example.com ")).toEqual({
      ok: true,
      origin: "https://portal.example.com",
    });
  });

  it("allows plain http only for localhost", () => {
    expect(parsePortalUrl("http://localhost:8080")).toEqual({
      ok: true,
      origin: "http://localhost:8080",
    });
    expect(parsePortalUrl("http://portal.example.com")).toMatchObject({ ok: false });
    expect(parsePortalUrl("http://127.0.0.1:8080")).toMatchObject({ ok: false });
  });

  it.each([
    "",
    "   ",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "https://user:pw@portal.example.com",
  ])("refuses %j with a reason a person can act on", (input) => {
    const result = parsePortalUrl(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(/\w{4,}/);
  });

  it("refuses an overlong address", () => {
    expect(parsePortalUrl(`https://example.com/${"a".repeat(3000)}`)).toMatchObject({ ok: false });
  });
});
