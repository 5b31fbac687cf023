// Desktop app entry: decide which portal to open (or start the bundled server), then keep it in
// the one hardened window — offline page and retries included — and add Touch ID, the tray, the
// application menu, deep links, updates and launch at login.
import { existsSync } from "node:fs";
import path from "node:path";
import { app, net, powerMonitor, session, shell, type BrowserWindow } from "electron";
import { channels, type DeepLinkEvent, type PlatformInfo } from "../preload/contract.ts";
import { installApplicationMenu } from "./application-menu.ts";
import { runAppAction } from "./app-actions.ts";
import { registerLocalPagesScheme, handleLocalPages } from "./app-protocol.ts";
import { startBundledServer, type BundledServer } from "./bundled-server.ts";
import type { DeepLinkAction } from "./core/deep-link.ts";
import {
  resolveDistributionSettings,
  type DistributionSettings,
} from "./core/distribution-settings.ts";
import { detectInstallation } from "./core/installation.ts";
import { resolveStartupConfig } from "./core/startup-config.ts";
import type { TokenEnrollment } from "./core/token-enrollment.ts";
import type { TrayAction } from "./core/tray-menu.ts";
import { isTrustedSender } from "./core/window-policy.ts";
import { receiveDeepLinks } from "./deep-links.ts";
import { desktopText, onDesktopLanguageChange, reportPortalLocale } from "./desktop-language.ts";
import { setUpDeviceLogin } from "./device-login.ts";
import {
  guardedContents,
  loaderContents,
  menuSurface,
  webAuthnSurface,
} from "./electron-surfaces.ts";
import { registerIpcHandlers } from "./ipc.ts";
import { applyLaunchAtLogin, toggleLaunchAtLogin } from "./launch-at-login.ts";
import { readManagedPolicy } from "./managed-config.ts";
import type { PushWatch } from "./core/push-watch.ts";
import { createPortalLoader, systemLoaderClock, type PortalLoader } from "./portal-loader.ts";
import { watchPushApprovals } from "./push-approvals.ts";
import { readSettings, updateSettings } from "./settings-store.ts";
import { createTray, type TrayController } from "./tray.ts";
import { createUpdater, type Updater } from "./updates.ts";
import { setUpWebAuthn } from "./webauthn.ts";
import { guardWindow } from "./window-guards.ts";
import { bringToFront } from "./window-presence.ts";
import { createPortalWindow } from "./window.ts";

// Tests and side-by-side installs can point the app at a throwaway data folder.
if (process.env.GATEHOUSE_USER_DATA_DIR !== undefined) {
  app.setPath("userData", process.env.GATEHOUSE_USER_DATA_DIR);
}

const outDirectory = path.resolve(__dirname, "..");
const settingsFile = () => path.join(app.getPath("userData"), "settings.json");
const platform = (): PlatformInfo["os"] =>
  process.platform === "darwin" || process.platform === "win32" ? process.platform : "linux";

let loader: PortalLoader | undefined;
let bundledServer: BundledServer | undefined;
let mainWindow: BrowserWindow | undefined;
let cannotStartReason = "";
let distribution: DistributionSettings | undefined;
let updater: Updater | undefined;
let tray: TrayController | undefined;
let tokenEnrollment: TokenEnrollment | undefined;
let pushWatch: PushWatch | undefined;
let quitting = false;
/** A link that arrived before the portal page could take it. */
let pendingLink: DeepLinkEvent | undefined;

const portalOrigin = () => loader?.portalOrigin();

registerLocalPagesScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // The OS starts a second instance for a gatehouse:// link or a second launch: it quits at once
  // and this one comes to the front (with the link, via receiveDeepLinks).
  app.on("second-instance", showWindow);
  // macOS: clicking the Dock icon after the window was closed (hidden) brings it back.
  app.on("activate", showWindow);
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
  const fixture = app.isPackaged ? undefined : process.env.GATEHOUSE_MANAGED_POLICY_FILE;
  const managed = await readManagedPolicy(process.platform, fixture);
  const saved = readSettings(settingsFile());
  const inputs = {
    argv: process.argv,
    environment: process.env,
    isPackaged: app.isPackaged,
    ...(managed === undefined ? {} : { managed }),
  };
  const installation = detectInstallation({
    platform: process.platform,
    isPackaged: app.isPackaged,
    executablePath: process.execPath,
    productFilename: app.getName(),
    resourcesPath: process.resourcesPath,
    environment: process.env,
    fileExists: existsSync,
  });
  distribution = resolveDistributionSettings({
    ...inputs,
    installation,
    savedLaunchAtLogin: saved.launchAtLogin,
  });
  const updates = distribution.updates;
  updater = createUpdater(updates, app.getVersion(), desktopText);
  // Touch ID must be configured before any page asks for a passkey.
  setUpWebAuthn(webAuthnSurface(session.defaultSession, () => mainWindow));
  registerIpcHandlers({
    portalOrigin,
    bundledServer: () => bundledServer !== undefined,
    updates: () =>
      updates.enabled
        ? { enabled: true }
        : { enabled: false, reason: desktopText()(updates.reason) },
    checkForUpdates: () => updater?.checkForUpdates() ?? Promise.reject(new Error("not ready")),
    showWindow,
    reportLocale: reportPortalLocale,
  });
  onDesktopLanguageChange(refreshMenus);
  handleLocalPages({
    portalLocked: () => distribution?.portalUrlLocked === true,
    onPortalChosen: (origin) => {
      updateSettings(settingsFile(), { portalUrl: origin });
      openPortal(origin);
    },
    onDemoChosen: () => void openBundledServer(),
    onRetry: () => loader?.retryNow(),
    offlinePage: () => loader?.offlinePage(),
    cannotStartReason: () => cannotStartReason,
    text: desktopText,
  });
  const window = createPortalWindow({
    preloadPath: path.join(outDirectory, "preload/index.cjs"),
    isPackaged: app.isPackaged,
  });
  mainWindow = window;
  guardWindow({
    contents: guardedContents(window.webContents),
    session: window.webContents.session,
    portalOrigin,
    openInBrowser: (url) => void shell.openExternal(url),
  });
  loader = createPortalLoader({
    contents: loaderContents(window.webContents),
    isOnline: () => net.isOnline(),
    text: desktopText,
    clock: systemLoaderClock,
    onPortalLoaded: () => {
      deliverPendingLink();
      void tokenEnrollment?.attempt();
    },
    log: (message) => console.warn(message),
  });
  // Waking up usually means another network: try the portal again at once if it was away.
  powerMonitor.on("resume", () => loader?.retryNow());
  const deviceLogin = setUpDeviceLogin({ portalOrigin, window: () => mainWindow });
  const token = distribution.enrollmentToken;
  tokenEnrollment = token === undefined ? undefined : deviceLogin.tokenEnrollment(token);
  // Sign-ins made elsewhere wait for this device's approval: notify and show the window;
  // access requests wait for its user's decision: notify, and a click opens "To approve".
  pushWatch = watchPushApprovals({
    store: deviceLogin.store,
    portalOrigin,
    showWindow,
    open: openDeepLink,
    text: desktopText,
  });
  // With a tray item, closing the window hides it, like other menu bar apps; the tray's
  // "Quit Gatehouse" (or the OS quit command) ends the app.
  window.on("close", (event) => {
    if (!quitting && tray !== undefined) {
      event.preventDefault();
      window.hide();
    }
  });
  applyLaunchAtLogin(distribution.launchAtLogin.enabled);
  tray = createTray(trayState(), desktopText(), onAction);
  refreshMenus();
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
      void window.loadURL("app://local/first-run");
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
  loader?.open(origin);
  refreshMenus();
}

function showCannotStart(reason: string): void {
  cannotStartReason = reason;
  void mainWindow?.loadURL("app://local/cannot-start");
}

function showWindow(): void {
  bringToFront(mainWindow, { platform: process.platform, focus: (options) => app.focus(options) });
}

/** True when the window shows the portal page, the only page that may receive app events. */
function portalPageShown(): boolean {
  return (
    mainWindow !== undefined && isTrustedSender(mainWindow.webContents.getURL(), portalOrigin())
  );
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
    portalAvailable: portalOrigin() !== undefined,
    launchAtLogin: distribution?.launchAtLogin ?? { enabled: false, managedByOrganization: false },
    updatesEnabled: distribution?.updates.enabled ?? false,
    platform: platform(),
  } as const;
}

function refreshMenus(): void {
  const state = trayState();
  tray?.update(state, desktopText());
  installApplicationMenu(
    menuSurface,
    { ...state, appName: app.getName(), developmentBuild: !app.isPackaged },
    desktopText(),
    onAction,
  );
}

function onAction(action: TrayAction): void {
  runAppAction(action, {
    showWindow,
    portalPageShown,
    sendVerifyNow: () => mainWindow?.webContents.send(channels.onVerifyNow),
    toggleLaunchAtLogin: () => {
      if (toggleLaunchAtLogin(distribution, settingsFile())) {
        refreshMenus();
      }
    },
    checkForUpdates: () => updater?.checkForUpdates() ?? Promise.reject(new Error("not ready")),
    quit: () => app.quit(),
    log: (message) => console.info(message),
  });
}

app.on("before-quit", () => {
  quitting = true;
  pushWatch?.stop();
});
app.on("window-all-closed", () => app.quit());
app.on("will-quit", () => bundledServer?.stop());
