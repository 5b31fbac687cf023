// A group's members: remove one, or find a person by name, email, employee ID or department
// (the console's user search) and add them.
import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { handledReverification } from "../../../stores/session.ts";
import { searchUsers, type UserRow } from "../api.ts";
import { setMember, type AdminGroupDetail, type Announcement } from "../group-api.ts";
import { groupMessages as m } from "../group-messages.ts";

export function GroupMembersCard(props: {
  group: AdminGroupDetail;
  onDone: (announcement: Announcement) => void;
}) {
  const { group } = props;
  const intl = useIntl();
  const describeError = useErrorText();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<UserRow[]>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();

  const search = useCallback(async (words: string) => {
    if (words.trim() === "") {
      setFound(undefined);
      return;
    }
    try {
      setFound((await searchUsers({ q: words, filter: "", after: null })).users);
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(caught);
      }
    }
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(() => void search(query), 200);
    return () => window.clearTimeout(timer);
  }, [query, search]);

  const change = async (user: { id: string; displayName: string }, member: boolean) => {
    setBusy(user.id);
    setError(undefined);
    try {
      await setMember(group.id, user.id, member);
      props.onDone({ message: member ? m.added : m.removed, name: user.displayName });
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(caught);
      }
    } finally {
      setBusy(undefined);
    }
  };

  const members = new Set(group.members.map((member) => member.id));
  const candidates = found?.filter((user) => !members.has(user.id));
  return (
    <section className="card" aria-labelledby="section-members">
      <h2 id="section-members" className="card-title">
        <FormattedMessage {...m.membersTitle} />
      </h2>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {describeError(error)}
        </p>
      )}
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
                busy={busy === member.id}
                aria-label={intl.formatMessage(m.removeLabel, { name: member.displayName })}
                onClick={() => void change(member, false)}
              >
                <FormattedMessage {...m.remove} />
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="field console-search">
        <label className="field-label" htmlFor="group-member-search">
          <FormattedMessage {...m.findPerson} />
        </label>
        <div className="field-control">
          <input
            id="group-member-search"
            className="field-input"
            type="search"
            autoComplete="off"
            value={query}
            placeholder={intl.formatMessage(m.findPlaceholder)}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      {candidates !== undefined &&
        (candidates.length === 0 ? (
          <p className="card-note">
            <FormattedMessage {...m.noCandidate} />
          </p>
        ) : (
          <ul className="console-list" aria-label={intl.formatMessage(m.candidates)}>
            {candidates.map((user) => (
              <li key={user.id} className="console-row">
                <span translate="no">
                  <strong>{user.displayName}</strong>
                  <span className="console-muted">{user.email}</span>
                </span>
                <Button
                  variant="secondary"
                  busy={busy === user.id}
                  aria-label={intl.formatMessage(m.addLabel, { name: user.displayName })}
                  onClick={() => void change(user, true)}
                >
                  <FormattedMessage {...m.add} />
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
