// Turns what the updater found into the plain answer the account menu shows (preload/contract.ts).
import type { UpdateCheckResult } from "../../preload/contract.ts";
import type { DesktopText } from "./desktop-text.ts";
import type { UpdateSettings } from "./distribution-settings.ts";

export type UpdaterFinding = { isUpdateAvailable: boolean; version: string } | null;

export function summarizeUpdateCheck(
  currentVersion: string,
  finding: UpdaterFinding,
): UpdateCheckResult {
  if (finding === null || !finding.isUpdateAvailable || finding.version === currentVersion) {
    return { status: "up-to-date", currentVersion };
  }
  return { status: "available", currentVersion, availableVersion: finding.version };
}

export function disabledUpdateCheck(
  settings: UpdateSettings,
  text: DesktopText,
): UpdateCheckResult | undefined {
  return settings.enabled ? undefined : { status: "disabled", reason: text(settings.reason) };
}

/** How often a running app looks for updates in the background. */
export const backgroundUpdateIntervalMs = 4 * 60 * 60 * 1000;
