// The user's own desktop settings (the portal address chosen at first run, launch at login), kept
// as a small JSON file in the app's data folder. Secrets never go here; they belong in safeStorage.
import { readFileSync, writeFileSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";

export type DesktopSettings = { portalUrl?: string; launchAtLogin?: boolean };

export function readSettings(file: string): DesktopSettings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null) {
      return {};
    }
    const settings: DesktopSettings = {};
    if ("portalUrl" in parsed && typeof parsed.portalUrl === "string") {
      settings.portalUrl = parsed.portalUrl;
    }
    if ("launchAtLogin" in parsed && typeof parsed.launchAtLogin === "boolean") {
      settings.launchAtLogin = parsed.launchAtLogin;
    }
    return settings;
  } catch {
    return {}; // missing or unreadable: behave as a first run
  }
}

export function writeSettings(file: string, settings: DesktopSettings): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a crash mid-write never leaves a half-written file behind.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(settings, null, 2), { mode: 0o600 });
  renameSync(temporary, file);
}

/** Changes some settings and keeps the others. */
export function updateSettings(file: string, changes: DesktopSettings): void {
  writeSettings(file, { ...readSettings(file), ...changes });
}
