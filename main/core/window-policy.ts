// The hardened window of docs/design.md §3 and Electron's security checklist, as plain data and
// pure decisions, so they are unit-tested without Electron.

export type HardenedWebPreferences = {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: boolean;
  /** Only development builds open DevTools; an installed app has none to open. */
  devTools: boolean;
};

export function hardenedWebPreferences(
  preloadPath: string,
  options: { isPackaged: boolean },
): HardenedWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    devTools: !options.isPackaged,
  };
}

/** The app's own local pages (first run, cannot reach server) live under app://local/. */
export const localPagesScheme = "app";
export const localPagesHost = "local";

export function isLocalPage(url: URL): boolean {
  // Node's URL gives non-special schemes an opaque "null" origin, so compare scheme and host.
  return url.protocol === `${localPagesScheme}:` && url.host === localPagesHost;
}

function isLocalPageUrl(text: string): boolean {
  try {
    return isLocalPage(new URL(text));
  } catch {
    return false;
  }
}

export type NavigationDecision = "allow" | "open-in-browser" | "block";

/**
 * In-window navigation stays on the portal origin or the local pages; web links go to the
 * system browser; anything else (file:, javascript:, custom schemes) is blocked. Only a local
 * page may navigate to another local page: the portal (or a script injected into it) must not
 * reach app://local/connect or /demo, which change the portal the app trusts.
 */
export function decideNavigation(
  target: string,
  portalOrigin: string | undefined,
  /** The URL of the page that starts the navigation ("" before the first page). */
  from: string,
): NavigationDecision {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return "block";
  }
  if (portalOrigin !== undefined && url.origin === portalOrigin) {
    return "allow";
  }
  if (isLocalPage(url)) {
    return from === "" || isLocalPageUrl(from) ? "allow" : "block";
  }
  return url.protocol === "https:" || url.protocol === "http:" ? "open-in-browser" : "block";
}

/** window.open never creates an Electron window; web links open in the system browser. */
export function decideWindowOpen(target: string): "open-in-browser" | "block" {
  try {
    const { protocol } = new URL(target);
    return protocol === "https:" || protocol === "http:" ? "open-in-browser" : "block";
  } catch {
    return "block";
  }
}

/** The bridge answers only frames whose origin is the configured portal origin. */
export function isTrustedSender(
  frameUrl: string | undefined,
  portalOrigin: string | undefined,
): boolean {
  if (frameUrl === undefined || portalOrigin === undefined) {
    return false;
  }
  try {
    return new URL(frameUrl).origin === portalOrigin;
  } catch {
    return false;
  }
}
