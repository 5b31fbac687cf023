// Security → Connect key: a key valid for one hour, shown once, that enrolls a device with the
// organization (docs/design.md §1.2). The server keeps only its hash; this card forgets it on leave.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { generateConnectKey } from "../api.ts";
import "../devices.css";
import { devicesMessages as m } from "../messages.ts";

export function ConnectKeyCard() {
  const [issued, setIssued] = useState<{ connectKey: string; expiresAt: string }>();
  const [busy, setBusy] = useState(false);
  const intl = useIntl();
  const describeError = useErrorText();
  const [error, setError] = useState<unknown>();
  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setIssued(await generateConnectKey());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="section-connect-key">
      <div className="card-header">
        <h2 id="section-connect-key" className="card-title">
          <FormattedMessage {...m.connectKeyTitle} />
        </h2>
        <Button
          variant="secondary"
          busy={busy}
          busyLabel={intl.formatMessage(m.generating)}
          onClick={() => void generate()}
        >
          <FormattedMessage {...m.generate} />
        </Button>
      </div>
      <p className="card-note">
        <FormattedMessage {...m.connectKeyNote} />
      </p>
      {error !== undefined && <ErrorAlert message={describeError(error)} />}
      {issued !== undefined && (
        <div className="connect-key" role="status">
          <div className="copy-value">
            <code data-testid="connect-key" translate="no" dir="ltr">
              {issued.connectKey}
            </code>
            <CopyButton value={issued.connectKey} label={intl.formatMessage(m.copyKey)} />
          </div>
          <p className="item-meta">
            <FormattedMessage
              {...m.shownOnce}
              values={{ time: intl.formatTime(issued.expiresAt, { timeStyle: "short" }) }}
            />
          </p>
        </div>
      )}
    </section>
  );
}
