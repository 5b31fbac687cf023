// gatehouse://app/<id> in the desktop app: the app opens in the system browser through the usual
// one-time launch ticket, once someone is signed in. A link to an app that does not exist or is
// not assigned to this user says so instead of failing silently.
import { useEffect, useState } from "react";
import { DesktopNotice } from "../../../components/DesktopNotice.tsx";
import { onDesktopDeepLink } from "../../../lib/desktop.ts";
import { useSession } from "../../../stores/session.ts";
import { fetchApps } from "../api.ts";
import { launchApp } from "../launch.ts";

export function DeepLinkLauncher() {
  const signedIn = useSession((state) => state.status === "signed-in");
  const [pendingAppId, setPendingAppId] = useState<string>();
  const [message, setMessage] = useState<string>();

  useEffect(
    () =>
      onDesktopDeepLink((link) => {
        if (link.kind === "open-app") {
          setMessage(undefined);
          setPendingAppId(link.appId);
        }
      }),
    [],
  );

  useEffect(() => {
    if (!signedIn || pendingAppId === undefined) {
      return;
    }
    setPendingAppId(undefined);
    void openLinkedApp(pendingAppId).then(setMessage);
  }, [signedIn, pendingAppId]);

  return <DesktopNotice message={message} onDismiss={() => setMessage(undefined)} />;
}

/** Undefined when the app opened; otherwise what to tell the user. */
async function openLinkedApp(appId: string): Promise<string | undefined> {
  let assigned: { id: string; name: string }[];
  try {
    assigned = await fetchApps();
  } catch {
    return "The link's app could not be opened: the portal did not answer. Try again.";
  }
  const app = assigned.find((candidate) => candidate.id === appId);
  if (app === undefined) {
    return "The link opens an app that does not exist or is not assigned to you. Ask your IT administrator for access.";
  }
  const outcome = await launchApp(app.id);
  return outcome.ok ? undefined : `${app.name} could not be opened. ${outcome.message}`;
}
