import { describe, expect, it } from "vitest";
import {
  decideNavigation,
  decideWindowOpen,
  hardenedWebPreferences,
  isTrustedSender,
} from "../../../../main/core/window-policy.ts";

const portal = "https://portal.example.com";

describe("hardened window", () => {
  it("isolates the page from Node and Electron (Electron security checklist)", () => {
    expect(hardenedWebPreferences("/app/preload.cjs", { isPackaged: true })).toMatchObject({
      preload: "/app/preload.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it("opens DevTools only in a development build", () => {
    expect(hardenedWebPreferences("/p.cjs", { isPackaged: false }).devTools).toBe(true);
    expect(hardenedWebPreferences("/p.cjs", { isPackaged: true }).devTools).toBe(false);
  });

  it("keeps navigation on the portal origin and the app's local pages", () => {
    expect(decideNavigation(`${portal}/profile`, portal, `${portal}/`)).toBe("allow");
    expect(decideNavigation("app://local/connect?portal=x", portal, "app://local/first-run")).toBe(
      "allow",
    );
    expect(decideNavigation("app://local/retry", undefined, "app://local/offline")).toBe("allow");
    expect(decideNavigation("app://local/first-run", undefined, "")).toBe("allow");
  });

  it("never lets the portal page reach the local pages that change the portal", () => {
    for (const target of [
      "app://local/connect?portal=https%3A%2F%2Fevil.example.net",
      "app://local/demo",
      "APP://LOCAL/demo",
      "app://local/first-run",
    ]) {
      expect(decideNavigation(target, portal, `${portal}/applications`)).toBe("block");
      expect(decideNavigation(target, portal, "https://evil.example.net/")).toBe("block");
    }
  });

  it("sends other web pages to the system browser and blocks everything else", () => {
    expect(decideNavigation("https://evil.example.net/", portal, portal)).toBe("open-in-browser");
    expect(decideNavigation("https://portal.example.com.evil.net/", portal, portal)).toBe(
      "open-in-browser",
    );
    expect(decideNavigation("file:///etc/passwd", portal, "")).toBe("block");
    expect(decideNavigation("javascript:alert(1)", portal, "")).toBe("block");
    expect(decideNavigation("app://other/page", portal, "")).toBe("block");
    expect(decideNavigation("not a url", portal, "")).toBe("block");
  });

  it("never opens a new app window", () => {
    expect(decideWindowOpen("https://docs.example.com")).toBe("open-in-browser");
    expect(decideWindowOpen("file:///tmp/x")).toBe("block");
    expect(decideWindowOpen("gatehouse://open")).toBe("block");
  });

  it("trusts only frames on the configured portal origin", () => {
    expect(isTrustedSender(`${portal}/applications`, portal)).toBe(true);
    expect(isTrustedSender("https://evil.example.net/", portal)).toBe(false);
    expect(isTrustedSender("http://portal.example.com/", portal)).toBe(false);
    expect(isTrustedSender("app://local/first-run", portal)).toBe(false);
    expect(isTrustedSender(undefined, portal)).toBe(false);
    expect(isTrustedSender(`${portal}/`, undefined)).toBe(false);
  });
});
