// gatehouse://app/<id> in the desktop app: the app opens in the system browser through the usual
// one-time launch ticket, once someone is signed in. A link to an app that does not exist or is
// not assigned to this user says so instead of failing silently.
import { useEffect, useState } from "react";
import { useIntl, type IntlShape } from "react-intl";
import { DesktopNotice } from "../../../components/DesktopNotice.tsx";
import { problemText, type Problem } from "../../../lib/error-messages.ts";
import { onDesktopDeepLink } from "../../../lib/desktop.ts";
import { useSession } from "../../../stores/session.ts";
import { fetchApps } from "../api.ts";
import { launchApp } from "../launch.ts";
import { applicationsMessages as m } from "../messages.ts";

export function DeepLinkLauncher() {
  const intl = useIntl();
  const signedIn = useSession((state) => state.status === "signed-in");
  const [pendingAppId, setPendingAppId] = useState<string>();
  const [failure, setFailure] = useState<LinkFailure>();

  useEffect(
    () =>
      onDesktopDeepLink((link) => {
        if (link.kind === "open-app") {
          setFailure(undefined);
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
    void openLinkedApp(pendingAppId).then(setFailure);
  }, [signedIn, pendingAppId]);

  return (
    <DesktopNotice
      message={failure === undefined ? undefined : describeLinkFailure(intl, failure)}
      onDismiss={() => setFailure(undefined)}
    />
  );
}

/** Why a linked app did not open; kept as data so it is said in the language shown. */
type LinkFailure =
  { kind: "unreachable" | "unknown-app" } | { kind: "launch"; app: string; problem: Problem };

/** Undefined when the app opened. */
async function openLinkedApp(appId: string): Promise<LinkFailure | undefined> {
  let assigned: { id: string; name: string }[];
  try {
    assigned = await fetchApps();
  } catch {
    return { kind: "unreachable" };
  }
  const app = assigned.find((candidate) => candidate.id === appId);
  if (app === undefined) {
    return { kind: "unknown-app" };
  }
  const outcome = await launchApp(app.id);
  return outcome.ok ? undefined : { kind: "launch", app: app.name, problem: outcome.problem };
}

function describeLinkFailure(intl: IntlShape, failure: LinkFailure): string {
  switch (failure.kind) {
    case "unreachable":
      return intl.formatMessage(m.linkUnreachable);
    case "unknown-app":
      return intl.formatMessage(m.linkUnknownApp);
    case "launch":
      return intl.formatMessage(m.linkFailed, {
        app: failure.app,
        problem: problemText(intl, failure.problem),
      });
  }
}
