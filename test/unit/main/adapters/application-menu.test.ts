// The application menu as Electron receives it (a typed MenuItemConstructorOptions template).
import type { MenuItem, MenuItemConstructorOptions } from "electron";
import { describe, expect, it } from "vitest";
import { installApplicationMenu } from "../../../../main/application-menu.ts";
import type { ApplicationMenuState } from "../../../../main/core/application-menu.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
import type { TrayAction } from "../../../../main/core/tray-menu.ts";

function install(state: ApplicationMenuState) {
  let template: MenuItemConstructorOptions[] = [];
  const actions: TrayAction[] = [];
  installApplicationMenu(
    { setApplicationMenu: (t) => void (template = t) },
    state,
    createDesktopText("en"),
    (a) => void actions.push(a),
  );
  const items = template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
  return { template, items, actions };
}

const mac: ApplicationMenuState = {
  platform: "darwin",
  appName: "Gatehouse",
  developmentBuild: false,
  portalAvailable: true,
  updatesEnabled: false,
};

describe("application menu as installed", () => {
  it("has macOS's Edit menu with copy and paste, and no DevTools in an installed app", () => {
    const { template, items } = install(mac);
    expect(template.map((top) => top.label)).toEqual(["Gatehouse", "Edit", "View", "Window"]);
    const roles = items.map((item) => item.role).filter((role) => role !== undefined);
    expect(roles).toEqual(expect.arrayContaining(["copy", "paste", "cut", "selectAll", "quit"]));
    expect(roles).not.toContain("toggleDevTools");
  });

  it("runs the tray's Verify now when its menu item is chosen", () => {
    const { items, actions } = install(mac);
    const verify = items.find((item) => item.id === "verify-now");
    expect(verify).toMatchObject({ label: "Verify Now", enabled: true });
    verify?.click?.({} as MenuItem, undefined, {});
    expect(actions).toEqual(["verify-now"]);
  });
});
