// The one window factory: every window the app opens is hardened the same way (docs/design.md §3).
import { BrowserWindow, shell } from "electron";
import {
  decideNavigation,
  decideWindowOpen,
  hardenedWebPreferences,
} from "./core/window-policy.ts";

export function createPortalWindow(options: {
  preloadPath: string;
  portalOrigin: () => string | undefined;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 380,
    minHeight: 560,
    title: "Gatehouse",
    show: false,
    backgroundColor: "#f6f7f9",
    webPreferences: {
      ...hardenedWebPreferences(options.preloadPath),
      // Repeated as literals so static scanners (Electronegativity, in `npm test`) see them
      // here; window-policy.ts holds the full, unit-tested set.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  window.once("ready-to-show", () => window.show());

  const { webContents } = window;
  webContents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === "open-in-browser") {
      void shell.openExternal(url);
    }
    return { action: "deny" };
  });
  const guard = (event: Electron.Event, url: string) => {
    const decision = decideNavigation(url, options.portalOrigin());
    if (decision !== "allow") {
      event.preventDefault();
      if (decision === "open-in-browser") {
        void shell.openExternal(url);
      }
    }
  };
  webContents.on("will-navigate", guard);
  webContents.on("will-redirect", guard);
  webContents.on("will-attach-webview", (event) => event.preventDefault());
  // Camera, microphone, notifications and the like are asked for by no page of ours.
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  return window;
}
