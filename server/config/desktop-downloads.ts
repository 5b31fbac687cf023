// Where employees download the desktop app (Security → Desktop app), per OS. IT hosts the signed
// installers and names them here; only https links are accepted.
export type DesktopOs = "darwin" | "win32" | "linux";

export type DesktopDownload = { os: DesktopOs; url: string };

export const desktopDownloadKeys = {
  darwin: "GATEHOUSE_DESKTOP_DOWNLOAD_MACOS",
  win32: "GATEHOUSE_DESKTOP_DOWNLOAD_WINDOWS",
  linux: "GATEHOUSE_DESKTOP_DOWNLOAD_LINUX",
} as const satisfies Record<DesktopOs, string>;

/** Returns the configured downloads, or the key and reason of the first bad value. */
export function parseDesktopDownloads(
  source: Record<string, string | undefined>,
): { ok: true; downloads: DesktopDownload[] } | { ok: false; key: string; reason: string } {
  const downloads: DesktopDownload[] = [];
  for (const [os, key] of Object.entries(desktopDownloadKeys) as [DesktopOs, string][]) {
    const value = source[key];
    if (value === undefined) {
      continue;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { ok: false, key, reason: `must be an absolute https:// URL (got "${value}")` };
    }
    if (url.protocol !== "https:" || url.username !== "" || url.password !== "") {
      return {
        ok: false,
        key,
        reason: `must be an https:// URL without credentials (got "${value}")`,
      };
    }
    downloads.push({ os, url: url.toString() });
  }
  return { ok: true, downloads };
}
