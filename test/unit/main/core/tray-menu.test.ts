import { describe, expect, it } from "vitest";
import { buildTrayMenu, type TrayMenuState } from "../../../../main/core/tray-menu.ts";

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
    expect(labels(buildTrayMenu(state))).toEqual([
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
    const verify = buildTrayMenu({ ...state, portalAvailable: false }).find(
      (item) => item.type !== "separator" && item.action === "verify-now",
    );
    expect(verify).toMatchObject({ enabled: false });
  });

  it("shows launch at login as set by IT, greyed out, with the reason", () => {
    const item = buildTrayMenu({
      ...state,
      launchAtLogin: { enabled: true, managedByOrganization: true },
    }).find((entry) => entry.type !== "separator" && entry.action === "toggle-launch-at-login");
    expect(item).toMatchObject({
      type: "checkbox",
      checked: true,
      enabled: false,
    });
    expect(item?.type === "separator" ? "" : item?.toolTip).toMatch(/organization/);
  });

  it("hides Check for updates when updates are off, and uses macOS wording on a Mac", () => {
    const items = labels(buildTrayMenu({ ...state, updatesEnabled: false, platform: "darwin" }));
    expect(items).not.toContain("Check for updates…");
    expect(items).toContain("Open at Login");
  });
});
