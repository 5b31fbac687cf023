// Launching an app: ask the server for a one-time URL, then open it where SSO belongs — the
// system browser in the desktop app (through the bridge), a new tab in the web portal.
import { ApiError } from "../../lib/http.ts";
import { isDesktopApp, openInSystemBrowser } from "../../lib/desktop.ts";
import { handledReverification } from "../../stores/session.ts";
import { requestLaunch } from "./api.ts";

export type LaunchOutcome = { ok: true } | { ok: false; message: string };

export async function launchApp(appId: string): Promise<LaunchOutcome> {
  if (isDesktopApp()) {
    try {
      const { url } = await requestLaunch(appId);
      const opened = await openInSystemBrowser(url);
      return opened.ok ? { ok: true } : { ok: false, message: opened.error.message };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  }
  // The tab is opened during the click (a popup blocker would stop one opened later) and cut off
  // from the portal before it navigates anywhere.
  const tab = window.open("about:blank", "_blank");
  if (tab === null) {
    return {
      ok: false,
      message: "Your browser blocked the new tab. Allow pop-ups for the portal.",
    };
  }
  tab.opener = null;
  try {
    const { url } = await requestLaunch(appId);
    tab.location.href = url;
    return { ok: true };
  } catch (error) {
    tab.close();
    return { ok: false, message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  if (handledReverification(error)) {
    return "Confirm it’s you, then open the app again.";
  }
  return error instanceof ApiError ? error.message : "Something unexpected happened. Try again.";
}
