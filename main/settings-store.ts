// The user's own desktop settings (the portal address chosen at first run), kept as a small JSON
// file in the app's data folder. Secrets never go here; they belong in safeStorage.
import { readFileSync, writeFileSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";

export type DesktopSettings = { portalUrl?: string };

export function readSettings(file: string): DesktopSettings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof parsed === "object" && parsed !== null && "portalUrl" in parsed) {
      return typeof parsed.portalUrl === "string" ? { portalUrl: parsed.portalUrl } : {};
    }
    return {};
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
