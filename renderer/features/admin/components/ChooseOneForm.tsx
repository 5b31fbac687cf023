// A list to choose one thing from and a button to add it: a group to an app's access, an app to
// a group. The button waits for a choice; the parent keeps the choice and clears it when done.
import type { FormEvent } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";

export function ChooseOneForm(props: {
  selectId: string;
  words: { label: MessageDescriptor; none: MessageDescriptor; add: MessageDescriptor };
  /** The things that can be chosen, by their own (untranslated) names. */
  options: { id: string; name: string }[];
  chosen: string;
  onChoose: (id: string) => void;
  busy: boolean;
  onAdd: () => void;
}) {
  const intl = useIntl();
  const { words } = props;
  const add = (event: FormEvent) => {
    event.preventDefault();
    props.onAdd();
  };
  return (
    <form className="console-inline-form" onSubmit={add} noValidate>
      <div className="field">
        <label className="field-label" htmlFor={props.selectId}>
          <FormattedMessage {...words.label} />
        </label>
        <div className="field-control">
          <select
            id={props.selectId}
            className="field-input"
            value={props.chosen}
            onChange={(event) => props.onChoose(event.target.value)}
          >
            <option value="">{intl.formatMessage(words.none)}</option>
            {props.options.map((option) => (
              <option key={option.id} value={option.id} translate="no">
                {option.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={props.chosen === ""} busy={props.busy}>
        <FormattedMessage {...words.add} />
      </Button>
    </form>
  );
}
