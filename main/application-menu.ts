// Installs the application menu decided in main/core/application-menu.ts. Roles are Electron's
// own (the `satisfies` below fails the type-check if electron.d.ts drops one).
import type { MenuItemConstructorOptions } from "electron";
import {
  buildApplicationMenu,
  type ApplicationMenuState,
  type MenuEntry,
} from "./core/application-menu.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import type { TrayAction } from "./core/tray-menu.ts";

/** Menu.setApplicationMenu(Menu.buildFromTemplate(template)), wired in main/electron-surfaces.ts. */
export type MenuSurface = { setApplicationMenu(template: MenuItemConstructorOptions[]): void };

export function installApplicationMenu(
  surface: MenuSurface,
  state: ApplicationMenuState,
  text: DesktopText,
  onAction: (action: TrayAction) => void,
): void {
  const toItem = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.type) {
      case "separator":
        return { type: "separator" };
      case "role":
        return { role: entry.role satisfies MenuItemConstructorOptions["role"] };
      case "action":
        return {
          id: entry.action,
          label: entry.label,
          enabled: entry.enabled,
          click: () => onAction(entry.action),
        };
    }
  };
  surface.setApplicationMenu(
    buildApplicationMenu(state, text).map((top) =>
      top.role === undefined
        ? { label: top.label, submenu: top.entries.map(toItem) }
        : { label: top.label, role: top.role satisfies MenuItemConstructorOptions["role"] },
    ),
  );
}
