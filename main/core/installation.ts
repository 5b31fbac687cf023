// How this copy of the app was installed, which decides who updates it. electron-updater picks
// its updater by OS alone (NsisUpdater on every Windows), so a per-machine MSI install would be
// "updated" by a per-user NSIS copy beside it; MSI and system-package installs are updated by IT
// or the package manager instead (docs/desktop.md "Updates").
import type { Message } from "../../locales/define-messages.ts";
import { updateMessages as m } from "./desktop-messages.ts";
import path from "node:path";

export type Installation =
  "development" | "macos-app" | "windows-nsis" | "windows-msi" | "linux-appimage" | "linux-package";

export function detectInstallation(input: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** process.execPath: the app's executable. */
  executablePath: string;
  productFilename: string;
  /** process.resourcesPath. */
  resourcesPath: string;
  environment: Readonly<Record<string, string | undefined>>;
  fileExists(file: string): boolean;
}): Installation {
  if (!input.isPackaged) {
    return "development";
  }
  if (input.platform === "darwin") {
    return "macos-app";
  }
  if (input.platform === "win32") {
    // NSIS puts its uninstaller beside the app (app-builder-lib templates/nsis/common.nsh:
    // UNINSTALL_FILENAME "Uninstall ${PRODUCT_FILENAME}.exe"); the MSI has none, Windows
    // Installer uninstalls it.
    const uninstaller = path.win32.join(
      path.win32.dirname(input.executablePath),
      `Uninstall ${input.productFilename}.exe`,
    );
    return input.fileExists(uninstaller) ? "windows-nsis" : "windows-msi";
  }
  // AppImage's runtime sets APPIMAGE; deb and rpm builds carry resources/package-type
  // (electron-updater's own test, out/main.js).
  if ((input.environment.APPIMAGE ?? "") !== "") {
    return "linux-appimage";
  }
  return input.fileExists(path.posix.join(input.resourcesPath, "package-type"))
    ? "linux-package"
    : "linux-appimage";
}

/** Why this installation does not update itself, or undefined when it does. */
export function updatesManagedElsewhere(installation: Installation): Message | undefined {
  switch (installation) {
    case "development":
      return m.development;
    case "windows-msi":
      return m.windowsMsi;
    case "linux-package":
      return m.linuxPackage;
    default:
      return undefined;
  }
}
