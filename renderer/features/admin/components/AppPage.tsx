// One application's page: what it is registered with (and its edit form), its client secret (rotation), its icon,
// who may open it, trying it as the admin, and deleting it. Each change is the server's to check
// and audit; the page reloads after each and says what was done.
import { useCallback, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { getApp, type AppAnnouncement as Announcement, type TryLaunch } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { consoleMessages } from "../messages.ts";
import { useRequest } from "../use-request.ts";
import { AppAccessCard } from "./AppAccessCard.tsx";
import { AppEditForm } from "./AppEditForm.tsx";
import { AppIconCard } from "./AppIconCard.tsx";
import { AppSecretCard } from "./AppSecretCard.tsx";
import { AppSettingsCard } from "./AppSettingsCard.tsx";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { DeleteAppCard } from "./DeleteAppCard.tsx";
import { TryLaunchCard } from "./TryLaunchCard.tsx";

export function AppPage(props: {
  appId: string;
  navigate: (pathname: string) => void;
  tryLaunch: TryLaunch;
}) {
  const intl = useIntl();
  const describeError = useErrorText();
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
    <>
      <p className="console-back">
        <ConsoleLink href="/admin/apps" navigate={props.navigate}>
          <FormattedMessage {...m.allApps} />
        </ConsoleLink>
      </p>
      {detail.state === "loaded" ? (
        <header className="page-header">
          <h1 className="page-title" tabIndex={-1} translate="no">
            {detail.value.displayName}
          </h1>
          <p className="page-description">
            <FormattedMessage {...m.kind} values={{ kind: detail.value.kind }} />
          </p>
        </header>
      ) : (
        <PageHeader title={intl.formatMessage(consoleMessages.app)} description="" />
      )}
      <p className="visually-hidden" role="status">
        {announced !== undefined &&
          intl.formatMessage(announced.message, { name: announced.name ?? "" })}
      </p>
      {detail.state === "loading" && (
        <p className="card-note">
          <FormattedMessage {...consoleMessages.loading} />
        </p>
      )}
      {detail.state === "failed" && (
        <p className="field-error" role="alert">
          {describeError(detail.error)}
        </p>
      )}
      {detail.state === "loaded" && (
        <div className="card-stack">
          {editing ? (
            <AppEditForm app={detail.value} onSaved={done} onCancel={() => setEditing(false)} />
          ) : (
            <AppSettingsCard app={detail.value} onEdit={() => setEditing(true)} />
          )}
          {detail.value.oidc?.confidential === true && <AppSecretCard app={detail.value} />}
          <AppAccessCard app={detail.value} onDone={done} />
          <TryLaunchCard app={detail.value} tryLaunch={props.tryLaunch} />
          <AppIconCard app={detail.value} onDone={done} />
          <DeleteAppCard app={detail.value} onDeleted={() => props.navigate("/admin/apps")} />
        </div>
      )}
    </>
  );
}
