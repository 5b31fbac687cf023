// The admin console, composed here because its frame shows another feature's account menu:
// the page the address names (/admin/users, /admin/users/<id>, /admin/groups, /admin/groups/<id>,
// /admin/apps, /admin/apps/new, /admin/apps/<id>, /admin/requests, /admin/policies, /admin/devices,
// /admin/audit, /admin/tokens, /admin/webhooks, /admin/settings, /admin/users/import) inside the
// console's shell, and the recent-verification prompt for sensitive actions. An app's "Try
// launch" is the launcher's own launch path.
import type { ReactNode } from "react";
import { AdminShell } from "../features/admin/components/AdminShell.tsx";
import { ApiTokensPage } from "../features/admin/components/ApiTokensPage.tsx";
import { AppPage } from "../features/admin/components/AppPage.tsx";
import { AppsPage } from "../features/admin/components/AppsPage.tsx";
import { NewAppPage } from "../features/admin/components/NewAppPage.tsx";
import { DevicesPage } from "../features/admin/components/DevicesPage.tsx";
import { GroupPage } from "../features/admin/components/GroupPage.tsx";
import { GroupsPage } from "../features/admin/components/GroupsPage.tsx";
import { AuditLogPage } from "../features/admin/components/AuditLogPage.tsx";
import { RequestFlowsPage } from "../features/admin/components/RequestFlowsPage.tsx";
import { PoliciesPage } from "../features/admin/components/PoliciesPage.tsx";
import { SettingsPage } from "../features/admin/components/SettingsPage.tsx";
import { UserImportPage } from "../features/admin/components/UserImportPage.tsx";
import { UserPage } from "../features/admin/components/UserPage.tsx";
import { UsersPage } from "../features/admin/components/UsersPage.tsx";
import { WebhooksPage } from "../features/admin/components/WebhooksPage.tsx";
import type { ConsolePage } from "../features/admin/routes.ts";
import { launchApp } from "../features/applications/launch.ts";
import { ReverificationMenuItem } from "../features/device-login/components/ReverificationMenuItem.tsx";
import { AccountMenu } from "../features/portal/components/AccountMenu.tsx";
import type { Me } from "../lib/types.ts";

export function AdminPages(props: {
  me: Me;
  page: ConsolePage;
  pathname: string;
  navigate: (pathname: string) => void;
  onSignOut: () => void;
  prompt: ReactNode;
}) {
  const { page, navigate } = props;
  return (
    <AdminShell
      page={page}
      pathname={props.pathname}
      navigate={navigate}
      accountMenu={
        <AccountMenu
          me={props.me}
          onSignOut={props.onSignOut}
          reverification={(onFailed) => (
            <ReverificationMenuItem me={props.me} onFailed={onFailed} />
          )}
        />
      }
    >
      {page.page === "user" ? (
        <UserPage key={page.userId} userId={page.userId} navigate={navigate} />
      ) : page.page === "groups" ? (
        <GroupsPage navigate={navigate} />
      ) : page.page === "group" ? (
        <GroupPage key={page.groupId} groupId={page.groupId} navigate={navigate} />
      ) : page.page === "apps" ? (
        <AppsPage navigate={navigate} />
      ) : page.page === "newApp" ? (
        <NewAppPage navigate={navigate} />
      ) : page.page === "app" ? (
        <AppPage key={page.appId} appId={page.appId} navigate={navigate} tryLaunch={launchApp} />
      ) : page.page === "requests" ? (
        <RequestFlowsPage />
      ) : page.page === "policies" ? (
        <PoliciesPage />
      ) : page.page === "settings" ? (
        <SettingsPage />
      ) : page.page === "import" ? (
        <UserImportPage navigate={navigate} />
      ) : page.page === "devices" ? (
        <DevicesPage />
      ) : page.page === "tokens" ? (
        <ApiTokensPage />
      ) : page.page === "webhooks" ? (
        <WebhooksPage />
      ) : page.page === "audit" ? (
        <AuditLogPage
          initialPerson={new URLSearchParams(window.location.search).get("person") ?? ""}
        />
      ) : (
        <UsersPage navigate={navigate} />
      )}
      {props.prompt}
    </AdminShell>
  );
}
