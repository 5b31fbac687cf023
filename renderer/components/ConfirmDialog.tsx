// The one way the portal asks before removing something: a dialog that names what goes and what
// follows, with Cancel and a red button that says the action. Errors stay in the dialog.
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { Button } from "./Button.tsx";
import { InfoDialog } from "./InfoDialog.tsx";
import { commonMessages } from "./messages.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

export function ConfirmDialog(props: {
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <InfoDialog
      title={props.title}
      open={props.open}
      onClose={props.onCancel}
      actions={
        <>
          <Button variant="secondary" onClick={props.onCancel} disabled={props.busy}>
            <FormattedMessage {...commonMessages.cancel} />
          </Button>
          <Button
            className="button-danger"
            busy={props.busy}
            busyLabel={props.busyLabel}
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      <div className="dialog-lead">{props.children}</div>
      <ErrorAlert message={props.error} />
    </InfoDialog>
  );
}
