// Launching an app: ask the server for a one-time URL, then open it where SSO belongs — the
// system browser in the desktop app (through the bridge), a new tab in the web portal.
import type { Problem } from "../../lib/error-messages.ts";
import { isDesktopApp, openInSystemBrowser } from "../../lib/desktop.ts";
import { handledReverification } from "../../stores/session.ts";
import { requestLaunch } from "./api.ts";
import { applicationsMessages as m } from "./messages.ts";

export type LaunchOutcome = { ok: true } | { ok: false; problem: Problem };

export async function launchApp(appId: string): Promise<LaunchOutcome> {
  if (isDesktopApp()) {
    try {
      const { url } = await requestLaunch(appId);
      const opened = await openInSystemBrowser(url);
      return opened.ok ? { ok: true } : { ok: false, problem: opened.error };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
  }
  // The tab is opened during the click (a popup blocker would stop one opened later) and cut off
  // from the portal before it navigates anywhere.
  const tab = window.open("about:blank", "_blank");
  if (tab === null) {
    return { ok: false, problem: m.popupBlocked };
  }
  tab.opener = null;
  try {
    const { url } = await requestLaunch(appId);
    tab.location.href = url;
    return { ok: true };
  } catch (error) {
    tab.close();
    return { ok: false, problem: problemOf(error) };
  }
}

function problemOf(error: unknown): Problem {
  if (handledReverification(error)) {
    return m.confirmFirst;
  }
  return typeof error === "object" && error !== null && "code" in error
    ? (error as Problem)
    : { code: "UNEXPECTED" };
}
