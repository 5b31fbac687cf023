// Moves through a list the server pages with cursors: the cursors of the pages seen so far (the
// first is null), back one page or on to the next; hidden while there is only one page.
import { FormattedMessage, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { consoleMessages } from "../messages.ts";

export type Cursors = (string | null)[];

export function CursorPager(props: {
  cursors: Cursors;
  next: string | null;
  onChange: (cursors: Cursors) => void;
  /** The buttons' words: "Previous"/"Next" by default, "Newer"/"Older" for a log. */
  back?: MessageDescriptor;
  forward?: MessageDescriptor;
}) {
  const { cursors, next, onChange } = props;
  if (cursors.length === 1 && next === null) {
    return null;
  }
  return (
    <div className="console-pager">
      <Button
        variant="secondary"
        disabled={cursors.length === 1}
        onClick={() => onChange(cursors.slice(0, -1))}
      >
        <FormattedMessage {...(props.back ?? consoleMessages.previous)} />
      </Button>
      <span className="card-note">
        <FormattedMessage {...consoleMessages.pageNumber} values={{ page: cursors.length }} />
      </span>
      <Button
        variant="secondary"
        disabled={next === null}
        onClick={() => onChange([...cursors, next])}
      >
        <FormattedMessage {...(props.forward ?? consoleMessages.next)} />
      </Button>
    </div>
  );
}
