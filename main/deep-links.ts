// Receives gatehouse:// links from the OS — as a launch argument (Windows, Linux), through a
// second instance that forwards its arguments, or macOS's open-url event — and hands each
// accepted link to one handler. Refused links are logged, never acted on.
import path from "node:path";
import { app } from "electron";
import { decideProtocolRegistration } from "./core/protocol-registration.ts";
import {
  deepLinkScheme,
  describeRefusedLink,
  findDeepLinkArgument,
  parseDeepLink,
  type DeepLinkAction,
} from "./core/deep-link.ts";

export function receiveDeepLinks(onLink: (action: DeepLinkAction) => void): {
  /** Call once the app can act; links that arrived before are delivered then, in order. */
  ready(): void;
} {
  const early: DeepLinkAction[] = [];
  let isReady = false;
  const accept = (input: string) => {
    const parsed = parseDeepLink(input);
    if (!parsed.ok) {
      console.warn(describeRefusedLink(input, parsed.reason));
      return;
    }
    if (isReady) {
      onLink(parsed.action);
    } else {
      early.push(parsed.action);
    }
  };

  // macOS: must be listened to before the app is ready, or the launching link is lost.
  app.on("open-url", (event, url) => {
    event.preventDefault();
    accept(url);
  });
  app.on("second-instance", (_event, argv) => {
    const link = findDeepLinkArgument(argv);
    if (link !== undefined) {
      accept(link);
    }
  });
  const launchLink = findDeepLinkArgument(process.argv);
  if (launchLink !== undefined) {
    accept(launchLink);
  }
  registerProtocolClient();

  return {
    ready() {
      isReady = true;
      for (const action of early.splice(0)) {
        onLink(action);
      }
    },
  };
}

/** Only where no installer registered gatehouse:// (main/core/protocol-registration.ts). */
function registerProtocolClient(): void {
  const registration = decideProtocolRegistration({
    platform: process.platform,
    isPackaged: app.isPackaged,
    defaultApp: process.defaultApp === true,
    executablePath: process.execPath,
    script: process.argv[1] === undefined ? undefined : path.resolve(process.argv[1]),
    installation: (process.env.APPIMAGE ?? "") !== "" ? "linux-appimage" : "other",
  });
  if (registration.kind === "development") {
    app.setAsDefaultProtocolClient(deepLinkScheme, registration.executable, registration.args);
  } else if (registration.kind === "self" && !app.isDefaultProtocolClient(deepLinkScheme)) {
    app.setAsDefaultProtocolClient(deepLinkScheme);
  }
}
