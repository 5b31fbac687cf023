// Deleting an app, asked for in a dialog that says nobody can open it afterwards.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { deleteApp, type AdminApp } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { useAction } from "../use-action.ts";

export function DeleteAppCard(props: { app: AdminApp; onDeleted: () => void }) {
  const intl = useIntl();
  const [asking, setAsking] = useState(false);
  const { run, busy, errorText } = useAction();

  const remove = () =>
    run(async () => {
      await deleteApp(props.app.id);
      props.onDeleted();
    });

  return (
    <section className="card" aria-labelledby="section-app-delete">
      <h2 id="section-app-delete" className="card-title">
        <FormattedMessage {...m.delete} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.deleteExplains} />
      </p>
      <div className="console-actions">
        <Button variant="secondary" onClick={() => setAsking(true)}>
          <FormattedMessage {...m.delete} />
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        title={intl.formatMessage(m.deleteTitle)}
        confirmLabel={intl.formatMessage(m.delete)}
        busyLabel={intl.formatMessage(m.deleting)}
        busy={busy}
        error={errorText}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      >
        <p>
          <FormattedMessage {...m.deleteExplains} />
        </p>
      </ConfirmDialog>
    </section>
  );
}
