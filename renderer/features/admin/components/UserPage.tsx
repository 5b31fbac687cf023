// One user's page: who they are and their state, the actions an admin takes for someone stuck
// (unlock, reset MFA, temporary password, disable, sign out everywhere), their profile to edit,
// and where they are signed in, with what, and what happened lately.
import { useCallback, useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { getUser } from "../api.ts";
import { useRequest } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { StatusBadges } from "./StatusBadges.tsx";
import { UserActionsCard } from "./UserActionsCard.tsx";
import { UserActivity } from "./UserActivity.tsx";
import { UserProfileForm } from "./UserProfileForm.tsx";

export function UserPage(props: { userId: string; navigate: (pathname: string) => void }) {
  const load = useCallback(() => getUser(props.userId), [props.userId]);
  const [detail, reload] = useRequest(load);
  const [announcement, setAnnouncement] = useState("");

  if (detail.state !== "loaded") {
    return (
      <>
        <PageHeader title="User" description="One person's account, factors and activity." />
        {detail.state === "loading" ? (
          <p className="card-note">Loading…</p>
        ) : (
          <p className="field-error" role="alert">
            {detail.error.message}
          </p>
        )}
      </>
    );
  }
  const { user, mfa, invited } = detail.value;
  const done = (message: string) => {
    setAnnouncement(message);
    reload();
  };
  return (
    <>
      <p className="console-back">
        <ConsoleLink href="/admin/users" navigate={props.navigate}>
          ← All users
        </ConsoleLink>
      </p>
      <PageHeader title={user.displayName} description={user.email} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="console-summary">
        <StatusBadges user={user} mfaSetUp={mfa.authenticator} invited={invited} />
        <ConsoleLink href={`/admin/audit?person=${user.id}`} navigate={props.navigate}>
          Audit log for this user
        </ConsoleLink>
      </div>
      <div className="card-stack">
        <UserActionsCard detail={detail.value} onDone={done} />
        <UserProfileForm detail={detail.value} onSaved={() => done("Profile saved.")} />
        <UserActivity detail={detail.value} onDone={done} />
      </div>
    </>
  );
}
