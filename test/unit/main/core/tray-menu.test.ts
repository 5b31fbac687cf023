import { describe, expect, it } from "vitest";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
import { buildTrayMenu, type TrayMenuState } from "../../../../main/core/tray-menu.ts";

const english = createDesktopText("en");

const state: TrayMenuState = {
  portalAvailable: true,
  launchAtLogin: { enabled: false, managedByOrganization: false },
  updatesEnabled: true,
  platform: "win32",
};
const labels = (items: ReturnType<typeof buildTrayMenu>) =>
  items.map((item) => (item.type === "separator" ? "—" : item.label));

describe("tray menu", () => {
  it("offers Open portal and Verify now first, and a way to quit", () => {
    expect(labels(buildTrayMenu(state, english))).toEqual([
      "Open portal",
      "Verify now",
      "—",
      "Launch at login",
      "Check for updates…",
      "—",
      "Quit Gatehouse",
    ]);
  });

  it("cannot verify before a portal is configured", () => {
    const verify = buildTrayMenu({ ...state, portalAvailable: false }, english).find(
      (item) => item.type !== "separator" && item.action === "verify-now",
    );
    expect(verify).toMatchObject({ enabled: false });
  });

  it("shows launch at login as set by IT, greyed out, with the reason", () => {
    const item = buildTrayMenu(
      { ...state, launchAtLogin: { enabled: true, managedByOrganization: true } },
      english,
    ).find((entry) => entry.type !== "separator" && entry.action === "toggle-launch-at-login");
    expect(item).toMatchObject({
      type: "checkbox",
      checked: true,
      enabled: false,
    });
    expect(item?.type === "separator" ? "" : item?.toolTip).toMatch(/organization/);
  });

  it("hides Check for updates when updates are off, and uses macOS wording on a Mac", () => {
    const items = labels(
      buildTrayMenu({ ...state, updatesEnabled: false, platform: "darwin" }, english),
    );
    expect(items).not.toContain("Check for updates…");
    expect(items).toContain("Open at Login");
  });

  it("speaks the app's language, the same menu in German and Arabic", () => {
    const english = labels(buildTrayMenu(state, createDesktopText("en")));
    for (const locale of ["de", "ar"] as const) {
      const translated = labels(buildTrayMenu(state, createDesktopText(locale)));
      expect(translated).toHaveLength(english.length);
      const words = translated.filter((label, index) => label !== "—" && label !== english[index]);
      expect(words, locale).toHaveLength(english.filter((label) => label !== "—").length);
    }
    expect(labels(buildTrayMenu(state, createDesktopText("de")))[0]).toBe("Portal öffnen");
  });
});
