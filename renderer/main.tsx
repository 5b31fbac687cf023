// Entry of the portal UI, served by the Gatehouse server and loaded by browsers and the desktop app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { DeepLinkLauncher } from "./features/applications/components/DeepLinkLauncher.tsx";
import { DesktopVerification } from "./features/device-login/components/DesktopVerification.tsx";
import "./app/styles.css";
import "./app/account.css";

const container = document.getElementById("root");
if (container === null) {
  throw new Error("index.html has no #root element");
}
createRoot(container).render(
  <StrictMode>
    <App />
    {/* Desktop app events (tray, wake, gatehouse:// links); inert in a browser. */}
    <DesktopVerification />
    <DeepLinkLauncher />
  </StrictMode>,
);
