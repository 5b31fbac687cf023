// The application menu per OS, as plain data (main/application-menu.ts builds it). macOS apps
// need an Edit menu for copy and paste to work in text fields at all; DevTools and reload exist
// only in development builds. "Verify now" and "Check for updates…" run the same actions as the
// tray item's (main/core/tray-menu.ts).
import { menuMessages as m } from "./desktop-messages.ts";
import type { DesktopText } from "./desktop-text.ts";
import type { TrayAction } from "./tray-menu.ts";

/** Electron MenuItem roles used here; main/application-menu.ts checks them against electron.d.ts. */
export type MenuRole =
  | "about"
  | "services"
  | "hide"
  | "hideOthers"
  | "unhide"
  | "quit"
  | "undo"
  | "redo"
  | "cut"
  | "copy"
  | "paste"
  | "pasteAndMatchStyle"
  | "delete"
  | "selectAll"
  | "reload"
  | "forceReload"
  | "toggleDevTools"
  | "resetZoom"
  | "zoomIn"
  | "zoomOut"
  | "togglefullscreen"
  | "windowMenu"
  | "close";

export type MenuEntry =
  | { type: "separator" }
  | { type: "role"; role: MenuRole }
  | {
      type: "action";
      action: Extract<TrayAction, "verify-now" | "check-for-updates">;
      label: string;
      enabled: boolean;
    };

export type TopMenu = {
  label: string;
  role?: "appMenu" | "editMenu" | "viewMenu" | "windowMenu" | "help";
  entries: MenuEntry[];
};

export type ApplicationMenuState = {
  platform: "darwin" | "win32" | "linux";
  appName: string;
  developmentBuild: boolean;
  portalAvailable: boolean;
  updatesEnabled: boolean;
};

const separator: MenuEntry = { type: "separator" };
const role = (name: MenuRole): MenuEntry => ({ type: "role", role: name });

/** Our labels are in the app's language; Electron's roles label themselves in the OS's. */
export function buildApplicationMenu(state: ApplicationMenuState, text: DesktopText): TopMenu[] {
  const actions: MenuEntry[] = [
    {
      type: "action",
      action: "verify-now",
      label: text(m.verifyNow),
      enabled: state.portalAvailable,
    },
    ...(state.updatesEnabled
      ? [
          {
            type: "action",
            action: "check-for-updates",
            label: text(m.checkForUpdates),
            enabled: true,
          } as const,
        ]
      : []),
  ];
  const edit: TopMenu = {
    label: text(m.edit),
    entries: [
      role("undo"),
      role("redo"),
      separator,
      role("cut"),
      role("copy"),
      role("paste"),
      ...(state.platform === "darwin" ? [role("pasteAndMatchStyle")] : []),
      role("delete"),
      separator,
      role("selectAll"),
    ],
  };
  const view: TopMenu = {
    label: text(m.view),
    entries: [
      ...(state.developmentBuild
        ? [role("reload"), role("forceReload"), role("toggleDevTools"), separator]
        : []),
      role("resetZoom"),
      role("zoomIn"),
      role("zoomOut"),
      separator,
      role("togglefullscreen"),
    ],
  };
  if (state.platform === "darwin") {
    return [
      {
        label: state.appName,
        entries: [
          role("about"),
          separator,
          ...actions,
          separator,
          role("services"),
          separator,
          role("hide"),
          role("hideOthers"),
          role("unhide"),
          separator,
          role("quit"),
        ],
      },
      edit,
      view,
      { label: text(m.window), role: "windowMenu", entries: [] },
    ];
  }
  return [
    { label: text(m.file), entries: [...actions, separator, role("close"), role("quit")] },
    edit,
    view,
    { label: text(m.help), entries: [role("about")] },
  ];
}
