// A group's members: remove one, or find a person by name, email, employee ID or department
// (the console's user search) and add them.
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { setMember, type AdminGroupDetail, type Announcement } from "../group-api.ts";
import { groupMessages as m } from "../group-messages.ts";
import { useAction } from "../use-action.ts";
import { PersonPicker, type PersonPickerWords } from "./PersonPicker.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";

const pickerWords: PersonPickerWords = {
  label: m.findPerson,
  placeholder: m.findPlaceholder,
  results: m.candidates,
  nobody: m.noCandidate,
  pick: m.add,
  pickLabel: m.addLabel,
};

export function GroupMembersCard(props: {
  group: AdminGroupDetail;
  onDone: (announcement: Announcement) => void;
}) {
  const { group } = props;
  const intl = useIntl();
  const { run, busyWith, errorText, setError } = useAction();

  const change = (user: { id: string; displayName: string }, member: boolean) =>
    run(async () => {
      await setMember(group.id, user.id, member);
      props.onDone({ message: member ? m.added : m.removed, name: user.displayName });
    }, user.id);

  const members = new Set(group.members.map((member) => member.id));
  return (
    <section className="card" aria-labelledby="section-members">
      <h2 id="section-members" className="card-title">
        <FormattedMessage {...m.membersTitle} />
      </h2>
      <ErrorAlert message={errorText} />
      {group.members.length === 0 ? (
        <p className="card-note">
          <FormattedMessage {...m.noMembers} />
        </p>
      ) : (
        <ul className="console-list" aria-labelledby="section-members">
          {group.members.map((member) => (
            <li key={member.id} className="console-row">
              <span translate="no">
                <strong>{member.displayName}</strong>
                <span className="console-muted">{member.email}</span>
              </span>
              <Button
                variant="secondary"
                busy={busyWith === member.id}
                aria-label={intl.formatMessage(m.removeLabel, { name: member.displayName })}
                onClick={() => void change(member, false)}
              >
                <FormattedMessage {...m.remove} />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <PersonPicker
        inputId="group-member-search"
        words={pickerWords}
        chosen={members}
        busyId={busyWith}
        onPick={(user) => void change(user, true)}
        onError={setError}
      />
    </section>
  );
}
