// One group's page: rename it, add people found by search or remove them, and give it apps or
// take them back. Every change is the server's to check and audit; the page reloads after each.
import { useCallback, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { getGroup, renameGroup, type AdminGroupDetail, type Announcement } from "../group-api.ts";
import { groupMessages as m } from "../group-messages.ts";
import { consoleMessages } from "../messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { DetailPage } from "./DetailPage.tsx";
import { GroupAppsCard } from "./GroupAppsCard.tsx";
import { GroupMembersCard } from "./GroupMembersCard.tsx";

export function GroupPage(props: { groupId: string; navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const load = useCallback(() => getGroup(props.groupId), [props.groupId]);
  const [detail, reload] = useRequest(load);
  const [announced, setAnnounced] = useState<Announcement>();
  const done = (announcement: Announcement) => {
    setAnnounced(announcement);
    reload();
  };

  const description = intl.formatMessage(m.pageDescription);

  return (
    <DetailPage
      back={{ href: "/admin/groups", label: m.allGroups }}
      navigate={props.navigate}
      requested={detail}
      loadingHeader={{ title: consoleMessages.group, description }}
      header={(group) => ({ name: group.name, description })}
      announcement={announced && intl.formatMessage(announced.message, { name: announced.name })}
    >
      {(group) => (
        <>
          <RenameCard key={group.name} group={group} onDone={done} />
          <GroupMembersCard group={group} onDone={done} />
          <GroupAppsCard group={group} onDone={done} />
        </>
      )}
    </DetailPage>
  );
}

function RenameCard(props: {
  group: AdminGroupDetail;
  onDone: (announcement: Announcement) => void;
}) {
  const intl = useIntl();
  const [name, setName] = useState(props.group.name);
  const { run, busy, errorAt, errorBesides } = useAction();

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
        error={errorAt("name")}
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
      <ErrorAlert message={errorBesides(["name"])} />
    </form>
  );
}
