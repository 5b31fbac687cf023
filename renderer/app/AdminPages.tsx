// The admin console, composed here because its frame shows another feature's account menu:
// the page the address names (/admin/users, /admin/users/<id>, /admin/groups, /admin/groups/<id>,
// /admin/requests, /admin/policies, /admin/devices, /admin/audit) inside the console's shell, and the recent-verification prompt for sensitive
// actions.
import type { ReactNode } from "react";
import { AdminShell } from "../features/admin/components/AdminShell.tsx";
import { DevicesPage } from "../features/admin/components/DevicesPage.tsx";
import { GroupPage } from "../features/admin/components/GroupPage.tsx";
import { GroupsPage } from "../features/admin/components/GroupsPage.tsx";
import { AuditLogPage } from "../features/admin/components/AuditLogPage.tsx";
import { RequestFlowsPage } from "../features/admin/components/RequestFlowsPage.tsx";
import { PoliciesPage } from "../features/admin/components/PoliciesPage.tsx";
import { UserPage } from "../features/admin/components/UserPage.tsx";
import { UsersPage } from "../features/admin/components/UsersPage.tsx";
import type { ConsolePage } from "../features/admin/routes.ts";
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
      ) : page.page === "requests" ? (
        <RequestFlowsPage />
      ) : page.page === "policies" ? (
        <PoliciesPage />
      ) : page.page === "devices" ? (
        <DevicesPage />
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
