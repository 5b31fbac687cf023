// Entry of the portal UI, served by the Gatehouse server and loaded by browsers and the desktop app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { LocaleProvider } from "./app/LocaleProvider.tsx";
import { isDesktopApp } from "./lib/desktop.ts";
import { followBrowserLanguages, updateLocale } from "./stores/locale.ts";
import { useSession } from "./stores/session.ts";
import { applyTheme, useTheme } from "./stores/theme.ts";
import "./app/styles/tokens.css";
import "./app/styles/base.css";
import "./app/styles/buttons.css";
import "./app/styles/forms.css";
import "./app/styles/login.css";
import "./app/styles/shell.css";
import "./app/styles/menu.css";
import "./app/styles/pages.css";
import "./app/styles/dialogs.css";

// Before the first paint, so a dark choice never flashes light.
applyTheme(useTheme.getState().choice);
// The language's messages and the session load side by side; the first screen needs both.
void updateLocale();
followBrowserLanguages();
void useSession.getState().loadSession();

// Only the desktop app listens for its events (tray, wake, gatehouse:// links, approvals), so a
// browser never downloads them; the desktop app loads them before the first render, so the
// portal listens from the moment it shows, as before. (Not a top-level await: the bundler would
// then split the modules both share into many small files.)
const desktopListeners = isDesktopApp()
  ? import("./app/DesktopListeners.tsx").then((module) => module.DesktopListeners)
  : Promise.resolve(null);

const container = document.getElementById("root");
if (container === null) {
  throw new Error("index.html has no #root element");
}
const root = createRoot(container);
void desktopListeners.then((DesktopListeners) => {
  root.render(
    <StrictMode>
      <LocaleProvider>
        <App />
        {DesktopListeners !== null && <DesktopListeners />}
      </LocaleProvider>
    </StrictMode>,
  );
});
