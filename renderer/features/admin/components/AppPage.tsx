// One application's page: what it is registered with (and its edit form), its client secret (rotation), its icon,
// who may open it, trying it as the admin, and deleting it. Each change is the server's to check
// and audit; the page reloads after each and says what was done.
import { useCallback, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { getApp, type AppAnnouncement as Announcement, type TryLaunch } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { consoleMessages } from "../messages.ts";
import { useRequest } from "../use-request.ts";
import { AppAccessCard } from "./AppAccessCard.tsx";
import { AppEditForm } from "./AppEditForm.tsx";
import { AppIconCard } from "./AppIconCard.tsx";
import { AppSecretCard } from "./AppSecretCard.tsx";
import { AppSettingsCard } from "./AppSettingsCard.tsx";
import { DeleteAppCard } from "./DeleteAppCard.tsx";
import { DetailPage } from "./DetailPage.tsx";
import { TryLaunchCard } from "./TryLaunchCard.tsx";

export function AppPage(props: {
  appId: string;
  navigate: (pathname: string) => void;
  tryLaunch: TryLaunch;
}) {
  const intl = useIntl();
  const load = useCallback(() => getApp(props.appId), [props.appId]);
  const [detail, reload] = useRequest(load);
  const [announced, setAnnounced] = useState<Announcement>();
  const [editing, setEditing] = useState(false);
  const done = (announcement: Announcement) => {
    setAnnounced(announcement);
    setEditing(false);
    reload();
  };

  return (
    <DetailPage
      back={{ href: "/admin/apps", label: m.allApps }}
      navigate={props.navigate}
      requested={detail}
      loadingHeader={{ title: consoleMessages.app, description: "" }}
      header={(app) => ({
        name: app.displayName,
        description: <FormattedMessage {...m.kind} values={{ kind: app.kind }} />,
      })}
      announcement={
        announced && intl.formatMessage(announced.message, { name: announced.name ?? "" })
      }
    >
      {(app) => (
        <>
          {editing ? (
            <AppEditForm app={app} onSaved={done} onCancel={() => setEditing(false)} />
          ) : (
            <AppSettingsCard app={app} onEdit={() => setEditing(true)} />
          )}
          {app.oidc?.confidential === true && <AppSecretCard app={app} />}
          <AppAccessCard app={app} onDone={done} />
          <TryLaunchCard app={app} tryLaunch={props.tryLaunch} />
          <AppIconCard app={app} onDone={done} />
          <DeleteAppCard app={app} onDeleted={() => props.navigate("/admin/apps")} />
        </>
      )}
    </DetailPage>
  );
}
