// A small modal built on the native <dialog> element: focus trapping, Escape to close and
// inertness of the page come from the browser, with no injected styles (our CSP forbids them).
// Without `actions` it has one Close button.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { Button } from "./Button.tsx";
import { commonMessages } from "./messages.ts";

export function InfoDialog(props: {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element === null) {
      return;
    }
    if (props.open && !element.open) {
      element.showModal();
    } else if (!props.open && element.open) {
      element.close();
    }
  }, [props.open]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={props.onClose}>
      <h2 id={titleId} className="dialog-title">
        {props.title}
      </h2>
      <div className="dialog-body">{props.children}</div>
      <div className="dialog-actions">
        {props.actions ?? (
          <Button variant="secondary" onClick={props.onClose}>
            <FormattedMessage {...commonMessages.close} />
          </Button>
        )}
      </div>
    </dialog>
  );
}
