// The desktop app's current language (main/core/desktop-text.ts decides it): the OS's preferred
// languages until the portal page reports the language it shows; then the tray and the menus
// are drawn again in it, and the app's own pages use it from their next load.
import { app } from "electron";
import { chooseDesktopLocale, createDesktopText, type DesktopText } from "./core/desktop-text.ts";

let reported: string | undefined;
let current: DesktopText | undefined;
const listeners = new Set<() => void>();

/** The words of the app in its current language (app.getPreferredSystemLanguages needs `ready`). */
export function desktopText(): DesktopText {
  current ??= createDesktopText(chooseDesktopLocale(reported, app.getPreferredSystemLanguages()));
  return current;
}

/** The portal's language, from the bridge (main/ipc.ts checked its shape). */
export function reportPortalLocale(locale: string): void {
  reported = locale;
  const next = chooseDesktopLocale(reported, app.getPreferredSystemLanguages());
  if (next !== desktopText().locale) {
    current = createDesktopText(next);
    for (const listener of listeners) {
      listener();
    }
  }
}

export function onDesktopLanguageChange(listener: () => void): void {
  listeners.add(listener);
}
