import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decidePermission } from "../../../../main/core/permission-policy.ts";

const portal = "https://portal.example.com";
// Every permission name Electron 45's setPermissionCheckHandler can pass (electron.d.ts).
const electronPermissions = [
  "ar",
  "automatic-fullscreen",
  "background-fetch",
  "background-sync",
  "captured-surface-control",
  "clipboard-read",
  "clipboard-sanitized-write",
  "deprecated-sync-clipboard-read",
  "display-capture",
  "fileSystem",
  "fullscreen",
  "geolocation",
  "geolocation-approximate",
  "hand-tracking",
  "hid",
  "idle-detection",
  "keyboardLock",
  "local-fonts",
  "local-network",
  "local-network-access",
  "loopback-network",
  "media",
  "mediaKeySystem",
  "midi",
  "midiSysex",
  "nfc",
  "notifications",
  "openExternal",
  "payment-handler",
  "periodic-background-sync",
  "persistent-storage",
  "pointerLock",
  "screen-wake-lock",
  "sensors",
  "serial",
  "smart-card",
  "speaker-selection",
  "storage-access",
  "system-wake-lock",
  "top-level-storage-access",
  "usb",
  "vr",
  "web-app-installation",
  "web-printing",
  "window-management",
  "unknown",
];

describe("web permissions", () => {
  it("are refused for every permission Electron knows, except clipboard writes by the portal", () => {
    for (const permission of electronPermissions) {
      const granted = decidePermission(
        { permission, requestingOrigin: `${portal}/`, isMainFrame: true },
        portal,
      );
      expect([permission, granted]).toEqual([
        permission,
        permission === "clipboard-sanitized-write",
      ]);
    }
  });

  it("are refused to any other origin, sub frame, or before a portal is configured", () => {
    const write = { permission: "clipboard-sanitized-write", isMainFrame: true };
    expect(
      decidePermission({ ...write, requestingOrigin: "https://evil.example.net" }, portal),
    ).toBe(false);
    expect(decidePermission({ ...write, requestingOrigin: "app://local" }, portal)).toBe(false);
    expect(decidePermission({ ...write, requestingOrigin: "null" }, portal)).toBe(false);
    expect(
      decidePermission({ ...write, requestingOrigin: portal, isMainFrame: false }, portal),
    ).toBe(false);
    expect(decidePermission({ ...write, requestingOrigin: portal }, undefined)).toBe(false);
  });

  it("refuse any permission name not known today, from anywhere", () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl(), fc.boolean(), (permission, origin, isMainFrame) => {
        fc.pre(permission !== "clipboard-sanitized-write");
        expect(
          decidePermission({ permission, requestingOrigin: origin, isMainFrame }, portal),
        ).toBe(false);
      }),
    );
  });
});
