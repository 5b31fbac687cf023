// One user's page: who they are and their state, the actions an admin takes for someone stuck
// (unlock, reset MFA, temporary password, disable, sign out everywhere), their profile to edit,
// and where they are signed in, with what, and what happened lately.
import { useCallback, useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { getUser } from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { useRequest } from "../use-request.ts";
import { userMessages as m } from "../user-messages.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { StatusBadges } from "./StatusBadges.tsx";
import { UserActionsCard } from "./UserActionsCard.tsx";
import { UserActivity } from "./UserActivity.tsx";
import { UserProfileForm } from "./UserProfileForm.tsx";

export function UserPage(props: { userId: string; navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const load = useCallback(() => getUser(props.userId), [props.userId]);
  const [detail, reload] = useRequest(load);
  // What was just done, said in the live region in the language shown now.
  const [announced, setAnnounced] = useState<MessageDescriptor>();

  if (detail.state !== "loaded") {
    return (
      <>
        <PageHeader
          title={intl.formatMessage(consoleMessages.user)}
          description={intl.formatMessage(m.pageDescription)}
        />
        {detail.state === "loading" ? (
          <p className="card-note">
            <FormattedMessage {...consoleMessages.loading} />
          </p>
        ) : (
          <ErrorAlert message={describeError(detail.error)} />
        )}
      </>
    );
  }
  const { user, mfa, invited } = detail.value;
  const done = (message: MessageDescriptor) => {
    setAnnounced(message);
    reload();
  };
  return (
    <>
      <p className="console-back">
        <ConsoleLink href="/admin/users" navigate={props.navigate}>
          <FormattedMessage {...m.allUsers} />
        </ConsoleLink>
      </p>
      <div translate="no">
        <PageHeader title={user.displayName} description={user.email} />
      </div>
      <p className="visually-hidden" role="status">
        {announced !== undefined && intl.formatMessage(announced)}
      </p>
      <div className="console-summary">
        <StatusBadges user={user} mfaSetUp={mfa.authenticator} invited={invited} />
        <ConsoleLink href={`/admin/audit?person=${user.id}`} navigate={props.navigate}>
          <FormattedMessage {...m.auditForUser} />
        </ConsoleLink>
      </div>
      <div className="card-stack">
        <UserActionsCard detail={detail.value} onDone={done} />
        <UserProfileForm detail={detail.value} onSaved={() => done(m.profileSaved)} />
        <UserActivity detail={detail.value} onDone={done} />
      </div>
    </>
  );
}
