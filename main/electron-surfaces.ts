// The one place that hands real Electron objects to the adapters, as the small surfaces they
// declare. Each line here is type-checked against electron.d.ts (the event overloads of `on`),
// and the adapters' tests use typed fakes of the same surfaces (test/unit/main/adapters/).
import { readFileSync } from "node:fs";
import path from "node:path";
import { app, dialog, Menu, type BrowserWindow, type Session, type WebContents } from "electron";
import type { MenuSurface } from "./application-menu.ts";
import type { LoaderContents } from "./portal-loader.ts";
import type { GuardedContents } from "./window-guards.ts";
import type { WebAuthnSurface } from "./webauthn.ts";
import { desktopText } from "./desktop-language.ts";

export function guardedContents(contents: WebContents): GuardedContents {
  return {
    getURL: () => contents.getURL(),
    setWindowOpenHandler: (handler) => contents.setWindowOpenHandler(handler),
    onWillNavigate: (listener) => contents.on("will-navigate", listener),
    onWillRedirect: (listener) => contents.on("will-redirect", listener),
    onWillAttachWebview: (listener) => contents.on("will-attach-webview", listener),
  };
}

export function loaderContents(contents: WebContents): LoaderContents {
  return {
    loadURL: (url) => contents.loadURL(url),
    getURL: () => contents.getURL(),
    onDidFailLoad: (listener) => contents.on("did-fail-load", listener),
    onDidFinishLoad: (listener) => contents.on("did-finish-load", listener),
  };
}

export function webAuthnSurface(
  session: Session,
  window: () => BrowserWindow | undefined,
): WebAuthnSurface {
  return {
    platform: process.platform,
    isPackaged: app.isPackaged,
    configureWebAuthn:
      typeof app.configureWebAuthn === "function"
        ? (options) => app.configureWebAuthn(options)
        : undefined,
    readInfoPlist: readOwnInfoPlist,
    onSelectWebAuthnAccount: (listener) => session.on("select-webauthn-account", listener),
    showMessageBox: (options) => {
      const parent = window();
      return parent === undefined
        ? dialog.showMessageBox(options)
        : dialog.showMessageBox(parent, options);
    },
    log: (message) => console.warn(message),
    text: desktopText,
  };
}

export const menuSurface: MenuSurface = {
  setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
};

/** Gatehouse.app/Contents/Info.plist, as electron-builder wrote it (XML). */
function readOwnInfoPlist(): string | undefined {
  try {
    return readFileSync(path.join(process.resourcesPath, "..", "Info.plist"), "utf8");
  } catch {
    return undefined;
  }
}
