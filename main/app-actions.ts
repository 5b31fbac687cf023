// What the tray's and the application menu's items do (main/core/tray-menu.ts and
// main/core/application-menu.ts name them): one handler for both, so "Verify now" behaves the
// same wherever it is chosen — the window comes forward and the portal page asks for Touch ID /
// Windows Hello, on whatever page it is.
import type { TrayAction } from "./core/tray-menu.ts";

export type AppActionPorts = {
  showWindow(): void;
  /** True when the window shows the portal page (the only page that may receive events). */
  portalPageShown(): boolean;
  sendVerifyNow(): void;
  toggleLaunchAtLogin(): void;
  checkForUpdates(): Promise<{ status: string }>;
  quit(): void;
  log(message: string): void;
};

export function runAppAction(action: TrayAction, ports: AppActionPorts): void {
  switch (action) {
    case "open-portal":
      ports.showWindow();
      return;
    case "verify-now":
      ports.showWindow();
      if (ports.portalPageShown()) {
        ports.sendVerifyNow();
      }
      return;
    case "toggle-launch-at-login":
      ports.toggleLaunchAtLogin();
      return;
    case "check-for-updates":
      ports.checkForUpdates().then(
        (result) => ports.log(`Update check: ${result.status}`),
        (error: unknown) => ports.log(`Update check failed: ${String(error)}`),
      );
      return;
    case "quit":
      ports.quit();
      return;
  }
}
