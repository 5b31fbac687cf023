// Security → Connect key: a key valid for one hour, shown once, that enrolls a device with the
// organization (docs/design.md §1.2). The server keeps only its hash; this card forgets it on
// leave.
import { useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { generateConnectKey } from "../api.ts";
import "../devices.css";

export function ConnectKeyCard() {
  const [issued, setIssued] = useState<{ connectKey: string; expiresAt: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const generate = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setIssued(await generateConnectKey());
    } catch (caught) {
      setError(apiErrorOf(caught).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="section-connect-key">
      <div className="card-header">
        <h2 id="section-connect-key" className="card-title">
          Connect key
        </h2>
        <Button
          variant="secondary"
          busy={busy}
          busyLabel="Generating…"
          onClick={() => void generate()}
        >
          Generate connect key
        </Button>
      </div>
      <p className="card-note">
        Enroll the Gatehouse desktop app on a computer with your organization: generate a key and
        paste it into the app. A key works once, within one hour.
      </p>
      {error !== undefined && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {issued !== undefined && (
        <div className="connect-key" role="status">
          <div className="copy-value">
            <code data-testid="connect-key">{issued.connectKey}</code>
            <CopyButton value={issued.connectKey} label="Copy key" />
          </div>
          <p className="item-meta">
            Shown only now. Valid until{" "}
            {new Date(issued.expiresAt).toLocaleTimeString(undefined, { timeStyle: "short" })}.
          </p>
        </div>
      )}
    </section>
  );
}
