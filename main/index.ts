// Desktop app entry: decide which portal to open (or start the bundled server), then show it in
// the one hardened window; add the tray item, deep links, updates and launch at login.
import path from "node:path";
import { app, type BrowserWindow } from "electron";
import { channels, type DeepLinkEvent } from "../preload/contract.ts";
import { registerLocalPagesScheme, handleLocalPages } from "./app-protocol.ts";
import { startBundledServer, type BundledServer } from "./bundled-server.ts";
import type { DeepLinkAction } from "./core/deep-link.ts";
import {
  resolveDistributionSettings,
  type DistributionSettings,
} from "./core/distribution-settings.ts";
import { cannotStartPage, firstRunPage } from "./core/local-pages.ts";
import { resolveStartupConfig } from "./core/startup-config.ts";
import type { TrayAction } from "./core/tray-menu.ts";
import { isTrustedSender } from "./core/window-policy.ts";
import { receiveDeepLinks } from "./deep-links.ts";
import { setUpDeviceLogin } from "./device-login.ts";
import { registerIpcHandlers } from "./ipc.ts";
import { readManagedPolicy } from "./managed-config.ts";
import { readSettings, updateSettings } from "./settings-store.ts";
import { createTray, type TrayController } from "./tray.ts";
import { createUpdater, type Updater } from "./updates.ts";
import { createPortalWindow } from "./window.ts";

// Tests and side-by-side installs can point the app at a throwaway data folder.
if (process.env.GATEHOUSE_USER_DATA_DIR !== undefined) {
  app.setPath("userData", process.env.GATEHOUSE_USER_DATA_DIR);
}

const outDirectory = path.resolve(__dirname, "..");
const settingsFile = () => path.join(app.getPath("userData"), "settings.json");

let portalOrigin: string | undefined;
let bundledServer: BundledServer | undefined;
let mainWindow: BrowserWindow | undefined;
let cannotStartReason = "";
let distribution: DistributionSettings | undefined;
let updater: Updater | undefined;
let tray: TrayController | undefined;
let quitting = false;
/** A link that arrived before the portal page could take it. */
let pendingLink: DeepLinkEvent | undefined;

registerLocalPagesScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // The OS starts a second instance for a gatehouse:// link or a second launch: it quits at once
  // and this one comes to the front (with the link, via receiveDeepLinks).
  app.on("second-instance", () => showWindow());
  const deepLinks = receiveDeepLinks(openDeepLink);
  app.whenReady().then(
    async () => {
      await start();
      deepLinks.ready();
    },
    (error: unknown) => console.error(error),
  );
}

async function start(): Promise<void> {
  const managed = await readManagedPolicy();
  const saved = readSettings(settingsFile());
  const inputs = {
    argv: process.argv,
    environment: process.env,
    isPackaged: app.isPackaged,
    ...(managed === undefined ? {} : { managed }),
  };
  distribution = resolveDistributionSettings({
    ...inputs,
    savedLaunchAtLogin: saved.launchAtLogin,
  });
  updater = createUpdater(distribution.updates, app.getVersion());
  registerIpcHandlers({
    portalOrigin: () => portalOrigin,
    bundledServer: () => bundledServer !== undefined,
    checkForUpdates: () => updater?.checkForUpdates() ?? Promise.reject(new Error("not ready")),
  });
  handleLocalPages({
    onPortalChosen: (origin) => {
      if (distribution?.portalUrlLocked === true) {
        return; // IT pinned the portal; the first-run form is never offered then
      }
      updateSettings(settingsFile(), { portalUrl: origin });
      openPortal(origin);
    },
    onDemoChosen: () => void openBundledServer(),
    pageFor: (pathname) =>
      pathname === "/first-run"
        ? firstRunPage()
        : pathname === "/cannot-start"
          ? cannotStartPage(cannotStartReason)
          : undefined,
  });
  mainWindow = createPortalWindow({
    preloadPath: path.join(outDirectory, "preload/index.cjs"),
    portalOrigin: () => portalOrigin,
  });
  mainWindow.webContents.on("did-finish-load", deliverPendingLink);
  const deviceLogin = setUpDeviceLogin({
    portalOrigin: () => portalOrigin,
    window: () => mainWindow,
  });
  const enrollmentToken = distribution.enrollmentToken;
  if (enrollmentToken !== undefined) {
    mainWindow.webContents.once(
      "did-finish-load",
      () => void deviceLogin.enrollWithToken(enrollmentToken),
    );
  }
  // With a tray item, closing the window hides it, like other menu bar apps; the tray's
  // "Quit Gatehouse" (or the OS quit command) ends the app.
  mainWindow.on("close", (event) => {
    if (!quitting && tray !== undefined) {
      event.preventDefault();
      mainWindow?.hide();
    }
  });
  applyLaunchAtLogin(distribution.launchAtLogin.enabled);
  tray = createTray(trayState(), onTrayAction);
  updater.startBackgroundChecks();

  const config = resolveStartupConfig({ ...inputs, savedPortalUrl: saved.portalUrl });
  switch (config.kind) {
    case "portal":
      openPortal(config.origin);
      return;
    case "invalid":
      showCannotStart(
        `The portal address from the ${config.source === "policy" ? "organization's managed configuration" : config.source} is not valid: ${config.reason}`,
      );
      return;
    case "first-run":
      void mainWindow.loadURL("app://local/first-run");
      return;
    case "bundled-server":
      await openBundledServer();
      return;
  }
}

async function openBundledServer(): Promise<void> {
  try {
    bundledServer ??= await startBundledServer({
      serverEntry: path.join(outDirectory, "server/bundled.mjs"),
      uiDirectory: path.join(outDirectory, "renderer"),
      dataDirectory: app.getPath("userData"),
    });
    openPortal(bundledServer.url);
  } catch (error) {
    showCannotStart(error instanceof Error ? error.message : String(error));
  }
}

function openPortal(origin: string): void {
  portalOrigin = origin;
  tray?.update(trayState());
  void mainWindow?.loadURL(`${origin}/`);
}

function showCannotStart(reason: string): void {
  cannotStartReason = reason;
  void mainWindow?.loadURL("app://local/cannot-start");
}

function showWindow(): void {
  if (mainWindow === undefined) {
    return;
  }
  if (mainWindow.isMinimized()) {
    mainWindow.restore();
  }
  mainWindow.show();
  mainWindow.focus();
}

/** True when the window shows the portal page, the only page that may receive app events. */
function portalPageShown(): boolean {
  return mainWindow !== undefined && isTrustedSender(mainWindow.webContents.getURL(), portalOrigin);
}

function openDeepLink(action: DeepLinkAction): void {
  showWindow();
  pendingLink = action;
  deliverPendingLink();
}

function deliverPendingLink(): void {
  if (pendingLink !== undefined && portalPageShown()) {
    mainWindow?.webContents.send(channels.onDeepLink, pendingLink);
    pendingLink = undefined;
  }
}

function trayState() {
  return {
    portalAvailable: portalOrigin !== undefined,
    launchAtLogin: distribution?.launchAtLogin ?? { enabled: false, managedByOrganization: false },
    updatesEnabled: distribution?.updates.enabled ?? false,
    platform:
      process.platform === "darwin" || process.platform === "win32" ? process.platform : "linux",
  } as const;
}

function onTrayAction(action: TrayAction): void {
  switch (action) {
    case "open-portal":
      showWindow();
      return;
    case "verify-now":
      showWindow();
      if (portalPageShown()) {
        mainWindow?.webContents.send(channels.onVerifyNow);
      }
      return;
    case "toggle-launch-at-login": {
      if (distribution === undefined || distribution.launchAtLogin.managedByOrganization) {
        return;
      }
      const enabled = !distribution.launchAtLogin.enabled;
      distribution.launchAtLogin = { enabled, managedByOrganization: false };
      updateSettings(settingsFile(), { launchAtLogin: enabled });
      applyLaunchAtLogin(enabled);
      tray?.update(trayState());
      return;
    }
    case "check-for-updates":
      void updater?.checkForUpdates().then(
        (result) => console.info(`Update check: ${result.status}`),
        (error: unknown) => console.warn(`Update check failed: ${String(error)}`),
      );
      return;
    case "quit":
      app.quit();
      return;
  }
}

/** macOS and Windows only: Electron has no login-item API for Linux desktops. */
function applyLaunchAtLogin(openAtLogin: boolean): void {
  if (app.isPackaged && process.platform !== "linux") {
    app.setLoginItemSettings({ openAtLogin });
  }
}

app.on("before-quit", () => {
  quitting = true;
});
app.on("window-all-closed", () => app.quit());
app.on("will-quit", () => bundledServer?.stop());
