// A confidential OIDC client's secret: only its hash is kept, so the only thing to do is make a
// new one — asked for in a dialog, behind a verification in the last 5 minutes, shown once.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { rotateClientSecret, type AdminApp } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { useAction } from "../use-action.ts";

export function AppSecretCard({ app }: { app: AdminApp }) {
  const intl = useIntl();
  const [asking, setAsking] = useState(false);
  const { run, busy, errorText, setError } = useAction();
  const [secret, setSecret] = useState<string>();

  const rotate = () =>
    run(async () => {
      setSecret(await withRecentVerification(() => rotateClientSecret(app.id)));
      setAsking(false);
    });

  return (
    <section className="card" aria-labelledby="section-app-secret">
      <h2 id="section-app-secret" className="card-title">
        <FormattedMessage {...m.secretTitle} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.secretExplains} />
      </p>
      {secret !== undefined && (
        <div className="console-secret" role="status">
          <span>
            <FormattedMessage {...m.newSecret} />
          </span>
          <code translate="no">{secret}</code>
          <CopyButton value={secret} label={intl.formatMessage(m.copySecret)} />
        </div>
      )}
      <div className="console-actions">
        <Button variant="secondary" onClick={() => setAsking(true)}>
          <FormattedMessage {...m.rotate} />
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={intl.formatMessage(m.rotateTitle)}
        confirmLabel={intl.formatMessage(m.rotate)}
        busyLabel={intl.formatMessage(m.rotating)}
        busy={busy}
        error={errorText}
        onConfirm={() => void rotate()}
        onCancel={() => {
          setAsking(false);
          setError(undefined);
        }}
      >
        <p>
          <FormattedMessage {...m.secretExplains} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
