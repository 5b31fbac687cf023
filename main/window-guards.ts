// Hardening of the window's contents and session (docs/design.md §3, Electron's security
// checklist): navigation stays on the portal and the local pages, web links and window.open go to
// the system browser, no <webview>, and web permissions are refused unless
// main/core/permission-policy.ts allows them — both the check and the request handler, since
// Chromium asks both ways.
import type {
  Event,
  Session,
  WebContents,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
} from "electron";
import { decidePermission } from "./core/permission-policy.ts";
import { decideNavigation, decideWindowOpen } from "./core/window-policy.ts";

/** The Electron surface this adapter uses (wired in main/electron-surfaces.ts). */
export type GuardedContents = Pick<WebContents, "getURL" | "setWindowOpenHandler"> & {
  onWillNavigate(listener: (event: Event<WebContentsWillNavigateEventParams>) => void): void;
  onWillRedirect(listener: (event: Event<WebContentsWillRedirectEventParams>) => void): void;
  onWillAttachWebview(listener: (event: Event) => void): void;
};
export type GuardedSession = Pick<
  Session,
  "setPermissionRequestHandler" | "setPermissionCheckHandler"
>;

export function guardWindow(options: {
  contents: GuardedContents;
  session: GuardedSession;
  portalOrigin: () => string | undefined;
  openInBrowser: (url: string) => void;
}): void {
  const { contents, session } = options;
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === "open-in-browser") {
      options.openInBrowser(url);
    }
    return { action: "deny" };
  });
  const guard = (event: { url: string; preventDefault(): void }) => {
    const decision = decideNavigation(event.url, options.portalOrigin(), contents.getURL());
    if (decision !== "allow") {
      event.preventDefault();
      if (decision === "open-in-browser") {
        options.openInBrowser(event.url);
      }
    }
  };
  contents.onWillNavigate(guard);
  contents.onWillRedirect(guard);
  contents.onWillAttachWebview((event) => event.preventDefault());

  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermission(
      { permission, requestingOrigin, isMainFrame: details.isMainFrame },
      options.portalOrigin(),
    ),
  );
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      decidePermission(
        { permission, requestingOrigin: details.requestingUrl, isMainFrame: details.isMainFrame },
        options.portalOrigin(),
      ),
    ),
  );
}
