import { describe, expect, it } from "vitest";
import {
  describeRefusedLink,
  findDeepLinkArgument,
  parseDeepLink,
} from "../../../../main/core/deep-link.ts";

describe("gatehouse:// links", () => {
  it("open the portal", () => {
    for (const link of ["gatehouse://open", "gatehouse://open/", "GATEHOUSE://portal"]) {
      expect(parseDeepLink(link)).toEqual({ ok: true, action: { kind: "open-portal" } });
    }
  });

  it("open one app by its id", () => {
    expect(parseDeepLink("gatehouse://app/5f0c6a4e-2b1d-4c3e-9f8a-7b6c5d4e3f2a")).toEqual({
      ok: true,
      action: { kind: "open-app", appId: "5f0c6a4e-2b1d-4c3e-9f8a-7b6c5d4e3f2a" },
    });
    expect(parseDeepLink("gatehouse://apps/github_enterprise")).toMatchObject({
      action: { appId: "github_enterprise" },
    });
  });

  it("open the access requests waiting for a decision (what a notification's click opens)", () => {
    for (const link of [
      "gatehouse://approvals",
      "gatehouse://approvals/",
      "GATEHOUSE://Approvals",
    ]) {
      expect(parseDeepLink(link)).toEqual({ ok: true, action: { kind: "open-approvals" } });
    }
  });

  it.each([
    ["a request id after approvals", "gatehouse://approvals/5f0c6a4e-2b1d-4c3e"],
    ["another scheme", "javascript:alert(document.cookie)"],
    ["a javascript payload inside the link", "gatehouse://app/javascript:alert(1)"],
    ["a file URL", "file:///etc/passwd"],
    ["a web URL", "https://evil.example.net/"],
    ["path traversal", "gatehouse://app/../../settings"],
    ["encoded traversal", "gatehouse://app/%2e%2e%2fsettings"],
    ["an encoded slash in the id", "gatehouse://app/a%2Fb"],
    ["a backslash", "gatehouse://app/a\\b"],
    ["an overlong link", `gatehouse://app/${"a".repeat(600)}`],
    ["an overlong id", `gatehouse://app/${"a".repeat(65)}`],
    ["an unknown action", "gatehouse://delete-account"],
    ["an unknown action with an id", "gatehouse://settings/portal"],
    ["a missing app id", "gatehouse://app/"],
    ["an extra path segment", "gatehouse://app/abc/launch"],
    ["a query string", "gatehouse://open?portal=https://evil.example.net"],
    ["a fragment", "gatehouse://app/abc#x"],
    ["credentials", "gatehouse://user:pw@open"],
    ["whitespace", "gatehouse://app/abc def"],
    ["a control character", "gatehouse://app/abc\u0000"],
    ["not a URL at all", "gatehouse:"],
  ])("refuse %s", (_what, link) => {
    const result = parseDeepLink(link);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toMatch(/\w{4,}/);
  });

  it("are found among the arguments the OS starts the app with", () => {
    expect(findDeepLinkArgument(["Gatehouse.exe", "--flag", "gatehouse://app/abc"])).toBe(
      "gatehouse://app/abc",
    );
    expect(findDeepLinkArgument(["Gatehouse.exe", "--portal-url=https://x.example.com"])).toBe(
      undefined,
    );
  });

  it("are logged with a bounded, printable excerpt when refused", () => {
    const line = describeRefusedLink(`gatehouse://\u001b[31m${"x".repeat(200)}`, "too long");
    expect(line).not.toContain("\u001b");
    expect(line.length).toBeLessThan(140);
    expect(line).toMatch(/too long$/);
  });
});
