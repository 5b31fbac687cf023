// Who may open an app: the people and groups it is assigned to (remove one), a person found by
// the console's user search, or a group from the list.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import {
  listAllGroups,
  setAssignment,
  type AdminApp,
  type AppAnnouncement as Announcement,
  type Assignee,
} from "../app-api.ts";
import { appAccessMessages as m } from "../app-access-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { ChooseOneForm } from "./ChooseOneForm.tsx";
import { PersonPicker, type PersonPickerWords } from "./PersonPicker.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const pickerWords: PersonPickerWords = {
  label: m.findPerson,
  placeholder: m.findPlaceholder,
  results: m.candidates,
  nobody: m.noCandidate,
  pick: m.assign,
  pickLabel: m.assignLabel,
};

type Principal = Pick<Assignee, "principalType" | "principalId" | "name">;

export function AppAccessCard(props: { app: AdminApp; onDone: (done: Announcement) => void }) {
  const { app } = props;
  const intl = useIntl();
  const [groups] = useRequest(listAllGroups);
  const [chosenGroup, setChosenGroup] = useState("");
  const { run, busyWith, errorText, setError } = useAction();

  const change = (principal: Principal, assigned: boolean) =>
    run(async () => {
      const { principalType, principalId } = principal;
      await setAssignment(app.id, { principalType, principalId }, assigned);
      setChosenGroup("");
      props.onDone({ message: assigned ? m.assigned : m.unassigned, name: principal.name });
    }, principal.principalId);
  const assignedIds = new Set(app.assignments.map((each) => each.principalId));
  const assignableGroups =
    groups.state === "loaded" ? groups.value.filter((group) => !assignedIds.has(group.id)) : [];
  const assignGroup = () => {
    const group = assignableGroups.find((each) => each.id === chosenGroup);
    if (group !== undefined) {
      void change({ principalType: "group", principalId: group.id, name: group.name }, true);
    }
  };

  return (
    <section className="card" aria-labelledby="section-app-access">
      <h2 id="section-app-access" className="card-title">
        <FormattedMessage {...m.accessTitle} />
      </h2>
      <ErrorAlert message={errorText} />
      {app.assignments.length === 0 ? (
        <p className="card-note">
          <FormattedMessage {...m.nobody} />
        </p>
      ) : (
        <ul className="console-list" aria-labelledby="section-app-access">
          {app.assignments.map((assignee) => (
            <li key={assignee.principalId} className="console-row">
              <span>
                <strong translate="no">{assignee.name}</strong>
                <span className="console-muted" translate="no">
                  {assignee.email ?? intl.formatMessage(m.groupTag)}
                </span>
              </span>
              <Button
                variant="secondary"
                busy={busyWith === assignee.principalId}
                aria-label={intl.formatMessage(m.removeLabel, { name: assignee.name })}
                onClick={() => void change(assignee, false)}
              >
                <FormattedMessage {...m.remove} />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <PersonPicker
        inputId="app-person-search"
        words={pickerWords}
        chosen={assignedIds}
        busyId={busyWith}
        onPick={(user) =>
          void change({ principalType: "user", principalId: user.id, name: user.displayName }, true)
        }
        onError={setError}
      />
      <ChooseOneForm
        selectId="app-group"
        words={{ label: m.groupLabel, none: m.chooseGroup, add: m.assignGroup }}
        options={assignableGroups}
        chosen={chosenGroup}
        onChoose={setChosenGroup}
        busy={busyWith === chosenGroup}
        onAdd={assignGroup}
      />
    </section>
  );
}
