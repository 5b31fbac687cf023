// Security → Desktop app: download links per OS as IT configured them, this computer's OS first.
// (The connect key that enrolls a device joins this card with device login.)
import { useCallback } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { desktopPlatform, osNames } from "../../../lib/desktop.ts";
import { getDesktopDownloads, type DesktopDownload } from "../api.ts";
import { securityMessages as m } from "../messages.ts";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

type Os = DesktopDownload["os"];

export function DesktopAppCard() {
  const intl = useIntl();
  const load = useCallback(async () => {
    const [downloads, platform] = await Promise.all([getDesktopDownloads(), desktopPlatform()]);
    return { downloads, platform };
  }, []);
  const [loaded, reload] = useLoader(load);

  return (
    <section className="card" aria-labelledby="section-desktop-app">
      <h2 id="section-desktop-app" className="card-title">
        <FormattedMessage {...m.desktopApp} />
      </h2>
      <LoadState loaded={loaded} onRetry={reload} />
      {loaded.state === "loaded" && (
        <>
          <p className="card-note">
            {loaded.value.platform === undefined ? (
              <FormattedMessage {...m.desktopPitch} />
            ) : (
              <FormattedMessage
                {...m.desktopInUse}
                values={{
                  version: loaded.value.platform.appVersion,
                  system: osNames[loaded.value.platform.os],
                }}
              />
            )}
          </p>
          {loaded.value.downloads.length === 0 ? (
            <p className="list-empty">
              <FormattedMessage {...m.desktopNotPublished} />
            </p>
          ) : (
            <ul className="download-list" aria-label={intl.formatMessage(m.downloadsLabel)}>
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
                    <FormattedMessage
                      {...m.downloadFor}
                      values={{ system: osNames[download.os] }}
                    />
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
