// What an admin may register: https (or http://localhost) URLs in canonical form, without user
// info, fragments or wildcards; icons that are the image they claim to be.
import { describe, expect, it } from "vitest";
import { checkAppUrl, checkIcon, checkScopes } from "../../../../server/apps/app-validation.ts";

describe("app URLs", () => {
  it.each([
    "https://app.example.com/callback",
    "https://app.example.com:8443/cb?tenant=1",
    "http://localhost:5555/cb",
  ])("accepts %s", (url) => {
    expect(checkAppUrl(url)).toEqual({ ok: true, url });
  });

  it.each([
    ["http://app.example.com/cb", "https"],
    ["http://127.0.0.1:5555/cb", "https"],
    ["https://*.example.com/cb", "wildcards"],
    ["https://app.example.com/cb#x", "fragment"],
    ["https://good.example.com@evil.example/cb", "user name"],
    ["https://app.example.com/a/../cb", "canonical"],
    ["https://app.example.com", "canonical"],
    ["ftp://app.example.com/", "https"],
    ["", "1 to"],
    [`https://app.example.com/${"a".repeat(2100)}`, "1 to"],
  ])("refuses %s", (url, problem) => {
    const check = checkAppUrl(url);
    expect(check.ok).toBe(false);
    expect(check.ok ? "" : check.problem).toContain(problem);
  });
});

describe("icons", () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(8),
  ]).toString("base64");

  it("accepts a PNG declared as one", () => {
    expect(checkIcon("image/png", png)).toMatchObject({ ok: true, type: "image/png" });
  });

  it("refuses SVG, a wrong declared type, bad base64 and oversize images", () => {
    expect(checkIcon("image/png", Buffer.from("<svg/>").toString("base64")).ok).toBe(false);
    expect(checkIcon("image/webp", png).ok).toBe(false);
    expect(checkIcon("image/png", "not base64!").ok).toBe(false);
    const big = Buffer.concat([Buffer.from(png, "base64"), Buffer.alloc(65 * 1024)]);
    expect(checkIcon("image/png", big.toString("base64")).ok).toBe(false);
  });
});

describe("scopes", () => {
  it("needs openid and knows only openid, profile and email", () => {
    expect(checkScopes("openid email").ok).toBe(true);
    expect(checkScopes("email").ok).toBe(false);
    expect(checkScopes("openid offline_access").ok).toBe(false);
  });
});
