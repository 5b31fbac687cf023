// Adapter around electron-updater (generic provider). The feed is the one built into the
// installer unless IT or a developer names another; managed configuration can turn updates off.
import { autoUpdater } from "electron-updater";
import type { UpdateCheckResult } from "../preload/contract.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import type { UpdateSettings } from "./core/distribution-settings.ts";
import {
  backgroundUpdateIntervalMs,
  disabledUpdateCheck,
  summarizeUpdateCheck,
} from "./core/update-check.ts";

export type Updater = {
  checkForUpdates(): Promise<UpdateCheckResult>;
  startBackgroundChecks(): void;
};

export function createUpdater(
  settings: UpdateSettings,
  currentVersion: string,
  text: () => DesktopText,
): Updater {
  if (settings.enabled) {
    autoUpdater.logger = console;
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.allowDowngrade = false;
    if (settings.feedUrl !== undefined) {
      autoUpdater.setFeedURL({ provider: "generic", url: settings.feedUrl });
    }
  }
  const checkForUpdates = async (): Promise<UpdateCheckResult> => {
    const disabled = disabledUpdateCheck(settings, text());
    if (disabled !== undefined) {
      return disabled;
    }
    const result = await autoUpdater.checkForUpdates();
    return summarizeUpdateCheck(
      currentVersion,
      result === null
        ? null
        : { isUpdateAvailable: result.isUpdateAvailable, version: result.updateInfo.version },
    );
  };
  return {
    checkForUpdates,
    startBackgroundChecks: () => {
      if (!settings.enabled) {
        console.info(`Automatic updates are off: ${settings.reason.defaultMessage}`);
        return;
      }
      const check = () =>
        checkForUpdates().catch((error: unknown) =>
          console.warn(
            `Update check failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      void check();
      setInterval(() => void check(), backgroundUpdateIntervalMs).unref();
    },
  };
}
