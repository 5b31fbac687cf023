// A secret the server keeps only as a hash, shown this once: what it is, the value to copy, and
// "Done" to hide it (new API tokens and webhook signing secrets).
import type { ReactNode } from "react";
import { FormattedMessage, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";

export function ShownOnceSecret(props: {
  lead: ReactNode;
  secret: string;
  testId: string;
  copyLabel: string;
  done: MessageDescriptor;
  onDone: () => void;
  /** Shown between the value and the buttons (e.g. how to use it). */
  children?: ReactNode;
}) {
  return (
    <div className="alert alert-info automation-secret" role="note">
      <p>{props.lead}</p>
      <code className="automation-token" translate="no" data-testid={props.testId}>
        {props.secret}
      </code>
      {props.children}
      <div className="console-form-actions">
        <CopyButton value={props.secret} label={props.copyLabel} />
        <Button variant="quiet" onClick={props.onDone}>
          <FormattedMessage {...props.done} />
        </Button>
      </div>
    </div>
  );
}
