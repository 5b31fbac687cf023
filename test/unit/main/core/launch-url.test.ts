// The desktop app opens only one-time launch URLs of its own portal in the system browser.
import { describe, expect, it } from "vitest";
import { checkLaunchUrlArguments } from "../../../../main/core/launch-url.ts";

const portal = "https://portal.example.com";
const ticket = `${"a".repeat(20)}.${"B".repeat(27)}`;
const good = `${portal}/launch/${ticket}`;

describe("openExternal's launch URL check", () => {
  it("accepts a launch URL on the portal origin", () => {
    expect(checkLaunchUrlArguments([good], portal)).toEqual({ ok: true, url: good });
  });

  it("accepts http://localhost for the bundled server", () => {
    const local = `http://localhost:8080/launch/${ticket}`;
    expect(checkLaunchUrlArguments([local], "http://localhost:8080")).toEqual({
      ok: true,
      url: local,
    });
  });

  it.each([
    ["another origin", `https://evil.example/launch/${ticket}`],
    ["a look-alike host", `https://portal.example.com.evil.example/launch/${ticket}`],
    ["credentials", `https://user@portal.example.com/launch/${ticket}`],
    ["plain http", `http://portal.example.com/launch/${ticket}`],
    ["another path", `${portal}/api/apps`],
    ["a path beyond the ticket", `${portal}/launch/${ticket}/x`],
    ["dot segments", `${portal}/launch/../oidc/${ticket}`],
    ["a query", `${good}?next=https://evil.example`],
    ["a fragment", `${good}#x`],
    ["encoded slashes", `${portal}/launch%2F${ticket}`],
    ["a non-canonical spelling", `HTTPS://portal.example.com/launch/${ticket}`],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a file: URL", "file:///etc/passwd"],
    ["127.0.0.1 for localhost", `http://127.0.0.1:8080/launch/${ticket}`],
  ])("refuses %s", (_name, url) => {
    const origin = url.startsWith("http://127.0.0.1") ? "http://localhost:8080" : portal;
    expect(checkLaunchUrlArguments([url], origin).ok).toBe(false);
  });

  it("refuses anything but exactly one string, and any URL without a configured portal", () => {
    expect(checkLaunchUrlArguments([], portal).ok).toBe(false);
    expect(checkLaunchUrlArguments([good, good], portal).ok).toBe(false);
    expect(checkLaunchUrlArguments([{ toString: () => good }], portal).ok).toBe(false);
    expect(checkLaunchUrlArguments([good], undefined).ok).toBe(false);
  });
});
