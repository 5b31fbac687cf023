// One group's page: rename it, add people found by search or remove them, and give it apps or
// take them back. Every change is the server's to check and audit; the page reloads after each.
import { useCallback, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { getGroup, renameGroup, type AdminGroupDetail, type Announcement } from "../group-api.ts";
import { groupMessages as m } from "../group-messages.ts";
import { consoleMessages } from "../messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { GroupAppsCard } from "./GroupAppsCard.tsx";
import { GroupMembersCard } from "./GroupMembersCard.tsx";

export function GroupPage(props: { groupId: string; navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const load = useCallback(() => getGroup(props.groupId), [props.groupId]);
  const [detail, reload] = useRequest(load);
  const [announced, setAnnounced] = useState<Announcement>();
  const done = (announcement: Announcement) => {
    setAnnounced(announcement);
    reload();
  };

  return (
    <>
      <p className="console-back">
        <ConsoleLink href="/admin/groups" navigate={props.navigate}>
          <FormattedMessage {...m.allGroups} />
        </ConsoleLink>
      </p>
      {detail.state === "loaded" ? (
        <header className="page-header">
          <h1 className="page-title" tabIndex={-1} translate="no">
            {detail.value.name}
          </h1>
          <p className="page-description">
            <FormattedMessage {...m.pageDescription} />
          </p>
        </header>
      ) : (
        <PageHeader
          title={intl.formatMessage(consoleMessages.group)}
          description={intl.formatMessage(m.pageDescription)}
        />
      )}
      <p className="visually-hidden" role="status">
        {announced !== undefined && intl.formatMessage(announced.message, { name: announced.name })}
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
          <RenameCard key={detail.value.name} group={detail.value} onDone={done} />
          <GroupMembersCard group={detail.value} onDone={done} />
          <GroupAppsCard group={detail.value} onDone={done} />
        </div>
      )}
    </>
  );
}

function RenameCard(props: {
  group: AdminGroupDetail;
  onDone: (announcement: Announcement) => void;
}) {
  const intl = useIntl();
  const [name, setName] = useState(props.group.name);
  const { run, busy, errorText } = useAction();

  const save = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const renamed = await renameGroup(props.group.id, name);
      props.onDone({ message: m.renamed, name: renamed.name });
    });
  };

  return (
    <form className="card console-inline-form" onSubmit={(event) => void save(event)} noValidate>
      <TextField
        label={intl.formatMessage(m.name)}
        value={name}
        error={errorText}

        onChange={(event) => setName(event.target.value)}
      />
      <Button
        type="submit"
        variant="secondary"
        busy={busy}
        busyLabel={intl.formatMessage(consoleMessages.saving)}
        disabled={name === props.group.name}
      >
        <FormattedMessage {...m.rename} />
      </Button>
    </form>
  );
}
