import { describe, expect, it } from "vitest";
import { describeUserAgent } from "../../../../server/security/user-agent.ts";

describe("describeUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      "Safari on macOS",
      "web",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36 Edg/156.0",
      "Edge on Windows",
      "web",
    ],
    [
      "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
      "Firefox on Linux",
      "web",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
      "web",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Gatehouse/0.1.0 Chrome/140.0 Electron/45.5.0 Safari/537.36",
      "Gatehouse desktop app on macOS",
      "desktop",
    ],
    ["curl/8.5.0", "Browser", "web"],
    [null, "Unknown device", "web"],
  ])("describes %j as %j", (userAgent, label, client) => {
    expect(describeUserAgent(userAgent)).toMatchObject({ label, client });
  });

  it("names the browser and the system apart, so the portal can say them in any language", () => {
    expect(
      describeUserAgent("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"),
    ).toEqual({ client: "web", label: "Firefox on Linux", browser: "Firefox", system: "Linux" });
    expect(describeUserAgent("curl/8.5.0")).toMatchObject({ browser: null, system: null });
    expect(
      describeUserAgent(
        "Mozilla/5.0 (Windows NT 10.0) Gatehouse/0.1.0 Chrome/140.0 Electron/45.5.0",
      ),
    ).toEqual({
      client: "desktop",
      label: "Gatehouse desktop app on Windows",
      browser: null,
      system: "Windows",
    });
  });
});
