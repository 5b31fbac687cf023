// Brings the portal window to the front: the tray, a second launch, a deep link, the Dock
// (macOS 'activate') and the page before a Touch ID / Windows Hello prompt, which Chromium only
// shows to a focused document.
import type { App, BrowserWindow } from "electron";

export type PresentableWindow = Pick<BrowserWindow, "isMinimized" | "restore" | "show" | "focus">;

export function bringToFront(
  window: PresentableWindow | undefined,
  app: { platform: NodeJS.Platform; focus: App["focus"] },
): boolean {
  if (window === undefined) {
    return false;
  }
  if (window.isMinimized()) {
    window.restore();
  }
  window.show();
  window.focus();
  if (app.platform === "darwin") {
    app.focus({ steal: true }); // a background app's window does not take focus on its own
  }
  return true;
}
