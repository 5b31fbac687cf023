// Groups: every group with how many members it has, and a new one by name. The server checks
// the name (not empty, not another group's) and the console says so under the field.
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { createGroup, listGroups } from "../group-api.ts";
import { groupMessages as m } from "../group-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { LinkListCard } from "./LinkListCard.tsx";

export function GroupsPage({ navigate }: { navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const [groups, reload] = useRequest(listGroups);
  const [name, setName] = useState("");
  const { run, busy, errorAt, errorBesides } = useAction();

  const create = (event: FormEvent) => {
    event.preventDefault();
    return run(async () => {
      await createGroup(name);
      setName("");
      reload();
    });
  };

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <div className="card-stack">
        <form
          className="card console-inline-form"
          onSubmit={(event) => void create(event)}
          noValidate
        >
          <TextField
            label={intl.formatMessage(m.newName)}
            value={name}
            error={errorAt("name")}
            onChange={(event) => setName(event.target.value)}
          />
          <Button type="submit" busy={busy} busyLabel={intl.formatMessage(m.creating)}>
            <FormattedMessage {...m.create} />
          </Button>
          <ErrorAlert message={errorBesides(["name"])} />
        </form>
        <LinkListCard
          sectionId="section-groups"
          words={{ title: m.title, loading: m.loading, none: m.none }}
          requested={groups}
          navigate={navigate}
          row={(group) => ({
            href: `/admin/groups/${group.id}`,
            name: group.name,
            about: (
              <span className="console-muted">
                <FormattedMessage {...m.members} values={{ count: group.memberIds.length }} />
              </span>
            ),
          })}
        />
      </div>
    </>
  );
}
