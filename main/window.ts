// The one window factory: every window the app opens is hardened the same way (docs/design.md §3);
// main/window-guards.ts adds the navigation, window.open and permission guards.
import { BrowserWindow } from "electron";
import { hardenedWebPreferences } from "./core/window-policy.ts";

export function createPortalWindow(options: {
  preloadPath: string;
  isPackaged: boolean;
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
      ...hardenedWebPreferences(options.preloadPath, { isPackaged: options.isPackaged }),
      // Repeated as literals so static scanners (Electronegativity, in `npm test`) see them
      // here; window-policy.ts holds the full, unit-tested set.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  // Shown once something is painted; a first load that fails still paints the offline page.
  window.once("ready-to-show", () => window.show());
  window.webContents.once("did-finish-load", () => {
    if (!window.isVisible()) {
      window.show();
    }
  });
  return window;
}
