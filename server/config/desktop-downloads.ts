// Where employees download the desktop app (Security → Desktop app), per OS. IT hosts the signed
// installers and names them here or in the console's Settings (the `downloads` policy, which wins
// per OS where set); only https links are accepted.
export type DesktopOs = "darwin" | "win32" | "linux";

export type DesktopDownload = { os: DesktopOs; url: string };

export const desktopDownloadKeys = {
  darwin: "GATEHOUSE_DESKTOP_DOWNLOAD_MACOS",
  win32: "GATEHOUSE_DESKTOP_DOWNLOAD_WINDOWS",
  linux: "GATEHOUSE_DESKTOP_DOWNLOAD_LINUX",
} as const satisfies Record<DesktopOs, string>;

/** Why `value` cannot be a download link, or undefined when it is an https URL without credentials. */
export function downloadLinkProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be an absolute https:// URL (got "${value}")`;
  }
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "") {
    return `must be an https:// URL without credentials (got "${value}")`;
  }
  return undefined;
}

/** The links employees see: the admin's stored one per OS where set, else the configured one. */
export function effectiveDownloads(
  configured: DesktopDownload[],
  stored: Record<"macos" | "windows" | "linux", string>,
): DesktopDownload[] {
  const storedFor: Record<DesktopOs, string> = {
    darwin: stored.macos,
    win32: stored.windows,
    linux: stored.linux,
  };
  return (Object.keys(desktopDownloadKeys) as DesktopOs[]).flatMap((os) => {
    const url = storedFor[os] !== "" ? storedFor[os] : configured.find((d) => d.os === os)?.url;
    return url === undefined ? [] : [{ os, url }];
  });
}

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
    const reason = downloadLinkProblem(value);
    if (reason !== undefined) {
      return { ok: false, key, reason };
    }
    downloads.push({ os, url: new URL(value).toString() });
  }
  return { ok: true, downloads };
}
