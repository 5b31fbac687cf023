// Security → Desktop app: download links per OS as IT configured them, this computer's OS first.
// (The connect key that enrolls a device joins this card with device login.)
import { useCallback } from "react";
import { desktopPlatform, osNames } from "../../../lib/desktop.ts";
import { getDesktopDownloads, type DesktopDownload } from "../api.ts";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

type Os = DesktopDownload["os"];

export function DesktopAppCard() {
  const load = useCallback(async () => {
    const [downloads, platform] = await Promise.all([getDesktopDownloads(), desktopPlatform()]);
    return { downloads, platform };
  }, []);
  const [loaded, reload] = useLoader(load);

  return (
    <section className="card" aria-labelledby="section-desktop-app">
      <h2 id="section-desktop-app" className="card-title">
        Desktop app
      </h2>
      <LoadState loaded={loaded} what="the download links" onRetry={reload} />
      {loaded.state === "loaded" && (
        <>
          <p className="card-note">
            {loaded.value.platform === undefined
              ? "Sign in with Touch ID or Windows Hello and open your apps from the Gatehouse desktop app."
              : `You are using the Gatehouse desktop app ${loaded.value.platform.appVersion} on ${osNames[loaded.value.platform.os]}.`}
          </p>
          {loaded.value.downloads.length === 0 ? (
            <p className="list-empty">
              Your IT administrator has not published the desktop app here yet.
            </p>
          ) : (
            <ul className="download-list" aria-label="Desktop app downloads">
              {sortForThisComputer(
                loaded.value.downloads,
                loaded.value.platform?.os ?? guessOs(),
              ).map((download, index) => (
                <li key={download.os}>
                  <a
                    className={`button ${index === 0 ? "button-primary" : "button-secondary"}`}
                    href={download.url}
                    rel="noopener noreferrer"
                  >
                    Download for {osNames[download.os]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The OS this browser runs on, from the User-Agent; only used to order the links. */
function guessOs(): Os | undefined {
  const agent = navigator.userAgent;
  if (/Windows/.test(agent)) {
    return "win32";
  }
  if (/Mac OS X|Macintosh/.test(agent) && !/iPhone|iPad/.test(agent)) {
    return "darwin";
  }
  return /Linux/.test(agent) && !/Android/.test(agent) ? "linux" : undefined;
}

export function sortForThisComputer(
  downloads: DesktopDownload[],
  os: Os | undefined,
): DesktopDownload[] {
  return [...downloads].sort((first, second) => Number(second.os === os) - Number(first.os === os));
}
