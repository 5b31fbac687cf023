// Find a person with the console's user search (name, email, employee ID, department) and pick
// one: used to add a group member and to assign an app. People already chosen are not offered.
import { useCallback, useEffect, useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { handledReverification } from "../../../stores/session.ts";
import { searchUsers, type UserRow } from "../api.ts";

/** The words of one use: the field's label, its placeholder, the results' name, "nobody", the button. */
export type PersonPickerWords = {
  label: MessageDescriptor;
  placeholder: MessageDescriptor;
  results: MessageDescriptor;
  nobody: MessageDescriptor;
  pick: MessageDescriptor;
  /** The button's accessible name, with `{name}`. */
  pickLabel: MessageDescriptor;
};

/** Searches 200 ms after the last keystroke; an empty query shows nothing. */
function usePeopleSearch(query: string, onError: (error: unknown) => void) {
  const [found, setFound] = useState<UserRow[]>();
  const search = useCallback(
    async (words: string) => {
      if (words.trim() === "") {
        setFound(undefined);
        return;
      }
      try {
        setFound((await searchUsers({ q: words, filter: "", after: null })).users);
      } catch (caught) {
        if (!handledReverification(caught)) {
          onError(caught);
        }
      }
    },
    [onError],
  );
  useEffect(() => {
    const timer = window.setTimeout(() => void search(query), 200);
    return () => window.clearTimeout(timer);
  }, [query, search]);
  return found;
}

export function PersonPicker(props: {
  inputId: string;
  words: PersonPickerWords;
  /** Ids of the people already chosen. */
  chosen: ReadonlySet<string>;
  busyId: string | undefined;
  onPick: (person: UserRow) => void;
  onError: (error: unknown) => void;
}) {
  const { words } = props;
  const intl = useIntl();
  const [query, setQuery] = useState("");
  const found = usePeopleSearch(query, props.onError);
  const candidates = found?.filter((person) => !props.chosen.has(person.id));
  return (
    <>
      <div className="field console-search">
        <label className="field-label" htmlFor={props.inputId}>
          <FormattedMessage {...words.label} />
        </label>
        <div className="field-control">
          <input
            id={props.inputId}
            className="field-input"
            type="search"
            autoComplete="off"
            value={query}
            placeholder={intl.formatMessage(words.placeholder)}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      {candidates !== undefined &&
        (candidates.length === 0 ? (
          <p className="card-note">
            <FormattedMessage {...words.nobody} />
          </p>
        ) : (
          <ul className="console-list" aria-label={intl.formatMessage(words.results)}>
            {candidates.map((person) => (
              <li key={person.id} className="console-row">
                <span translate="no">
                  <strong>{person.displayName}</strong>
                  <span className="console-muted">{person.email}</span>
                </span>
                <Button
                  variant="secondary"
                  busy={props.busyId === person.id}
                  aria-label={intl.formatMessage(words.pickLabel, { name: person.displayName })}
                  onClick={() => props.onPick(person)}
                >
                  <FormattedMessage {...words.pick} />
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
