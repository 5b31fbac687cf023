// gatehouse://app/<id> in the desktop app: the app opens in the system browser through the usual
// one-time launch ticket, once someone is signed in. A link to an app that does not exist or is
// not assigned to this user says so instead of failing silently.
import { useEffect, useState } from "react";
import { useIntl, type IntlShape } from "react-intl";
import { DesktopNotice } from "../../../components/DesktopNotice.tsx";
import { problemText } from "../../../lib/error-messages.ts";
import { onDesktopDeepLink } from "../../../lib/desktop.ts";
import { useSession } from "../../../stores/session.ts";
import { fetchApps } from "../api.ts";
import { launchApp } from "../launch.ts";
import { applicationsMessages as m } from "../messages.ts";

export function DeepLinkLauncher() {
  const intl = useIntl();
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
    void openLinkedApp(intl, pendingAppId).then(setMessage);
  }, [intl, signedIn, pendingAppId]);

  return <DesktopNotice message={message} onDismiss={() => setMessage(undefined)} />;
}

/** Undefined when the app opened; otherwise what to tell the user. */
async function openLinkedApp(intl: IntlShape, appId: string): Promise<string | undefined> {
  let assigned: { id: string; name: string }[];
  try {
    assigned = await fetchApps();
  } catch {
    return intl.formatMessage(m.linkUnreachable);
  }
  const app = assigned.find((candidate) => candidate.id === appId);
  if (app === undefined) {
    return intl.formatMessage(m.linkUnknownApp);
  }
  const outcome = await launchApp(app.id);
  if (outcome.ok) {
    return undefined;
  }
  const problem = problemText(intl, outcome.problem);
  return intl.formatMessage(m.linkFailed, { app: app.name, problem });
}
