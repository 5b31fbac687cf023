// Desktop app entry: decide which portal to open (or start the bundled server), then show it in
// the one hardened window.
import path from "node:path";
import { app, type BrowserWindow } from "electron";
import { registerLocalPagesScheme, handleLocalPages } from "./app-protocol.ts";
import { startBundledServer, type BundledServer } from "./bundled-server.ts";
import { cannotStartPage, firstRunPage } from "./core/local-pages.ts";
import { resolveStartupConfig } from "./core/startup-config.ts";
import { readSettings, writeSettings } from "./settings-store.ts";
import { registerIpcHandlers } from "./ipc.ts";
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

registerLocalPagesScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => {
    if (mainWindow !== undefined) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore();
      }
      mainWindow.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => console.error(error));
}

async function start(): Promise<void> {
  registerIpcHandlers({
    portalOrigin: () => portalOrigin,
    bundledServer: () => bundledServer !== undefined,
  });
  handleLocalPages({
    onPortalChosen: (origin) => {
      writeSettings(settingsFile(), { portalUrl: origin });
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

  const config = resolveStartupConfig({
    argv: process.argv,
    environment: process.env,
    savedPortalUrl: readSettings(settingsFile()).portalUrl,
    isPackaged: app.isPackaged,
  });
  switch (config.kind) {
    case "portal":
      openPortal(config.origin);
      return;
    case "invalid":
      showCannotStart(
        `The portal address from the ${config.source} is not valid: ${config.reason}`,
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
  void mainWindow?.loadURL(`${origin}/`);
}

function showCannotStart(reason: string): void {
  cannotStartReason = reason;
  void mainWindow?.loadURL("app://local/cannot-start");
}

app.on("window-all-closed", () => app.quit());
app.on("will-quit", () => bundledServer?.stop());
