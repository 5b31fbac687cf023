// The request form: a required reason and, where the app's flow allows, a duration — one of
// the allowed ones, or any number of days up to the maximum. Errors stay in the dialog.
import { useId, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { useErrorText } from "../../../lib/error-messages.ts";
import { submitRequest, type RequestableApp } from "../api.ts";
import { requestsMessages as m } from "../messages.ts";
import { durationSummary } from "./RequestableAppsCard.tsx";

export function RequestDialog(props: {
  app: RequestableApp | undefined;
  onClose: () => void;
  onSent: (app: RequestableApp) => void;
}) {
  const { app } = props;
  const intl = useIntl();
  const describeError = useErrorText();
  const reasonId = useId();
  const durationId = useId();
  const [reason, setReason] = useState("");
  const [days, setDays] = useState("");
  // What went wrong, kept as a message or the error itself so a change of language reaches it.
  const [problem, setProblem] = useState<{ message: MessageDescriptor } | { error: unknown }>();
  const [busy, setBusy] = useState(false);
  const formId = useId();

  const close = () => {
    setReason("");
    setDays("");
    setProblem(undefined);
    props.onClose();
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (app === undefined) {
      return;
    }
    if (reason.trim() === "") {
      setProblem({ message: m.reasonMissing });
      return;
    }
    const fallback = app.durationsDays[0] ?? app.maxDurationDays;
    const chosen = days === "" ? fallback : Number(days);
    setBusy(true);
    setProblem(undefined);
    try {
      await submitRequest({ appId: app.id, reason: reason.trim(), durationDays: chosen });
      close();
      props.onSent(app);
    } catch (caught) {
      setProblem({ error: caught });
    } finally {
      setBusy(false);
    }
  };

  return (
    <InfoDialog
      title={intl.formatMessage(m.requestApp, { app: app?.name ?? "" })}
      open={app !== undefined}
      onClose={close}
      actions={
        <>
          <Button variant="secondary" onClick={close} disabled={busy}>
            <FormattedMessage {...commonMessages.cancel} />
          </Button>
          <Button type="submit" form={formId} busy={busy} busyLabel={intl.formatMessage(m.sending)}>
            <FormattedMessage {...m.send} />
          </Button>
        </>
      }
    >
      {app !== undefined && (
        <form
          id={formId}
          className="request-form"
          onSubmit={(event) => void send(event)}
          noValidate
        >
          <div className="field">
            <label className="field-label" htmlFor={reasonId}>
              <FormattedMessage {...m.reason} />
            </label>
            <textarea
              id={reasonId}
              translate="no"
              className="field-textarea request-reason"
              rows={4}
              maxLength={1000}
              required
              aria-invalid={problem !== undefined && reason.trim() === ""}
              aria-describedby={`${reasonId}-hint`}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setProblem(undefined);
              }}
            />
            <span id={`${reasonId}-hint`} className="field-hint">
              <FormattedMessage {...m.reasonHint} />
            </span>
          </div>
          {app.durationsDays.length > 0 ? (
            <div className="field">
              <label className="field-label" htmlFor={durationId}>
                <FormattedMessage {...m.duration} />
              </label>
              <span className="field-control">
                <select
                  id={durationId}
                  className="field-input"
                  value={days === "" ? String(app.durationsDays[0]) : days}
                  onChange={(event) => setDays(event.target.value)}
                >
                  {app.durationsDays.map((option) => (
                    <option key={option} value={option}>
                      {intl.formatMessage(m.days, { days: option })}
                    </option>
                  ))}
                </select>
              </span>
            </div>
          ) : app.maxDurationDays !== null ? (
            <div className="field">
              <label className="field-label" htmlFor={durationId}>
                <FormattedMessage {...m.durationDays} values={{ max: app.maxDurationDays }} />
              </label>
              <span className="field-control">
                <input
                  id={durationId}
                  className="field-input"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={app.maxDurationDays}
                  value={days === "" ? String(app.maxDurationDays) : days}
                  onChange={(event) => setDays(event.target.value)}
                />
              </span>
            </div>
          ) : (
            <p className="field-hint">{durationSummary(intl, app)}</p>
          )}
          {problem !== undefined && (
            <ErrorAlert
              message={
                "message" in problem
                  ? intl.formatMessage(problem.message)
                  : describeError(problem.error)
              }
            />
          )}
        </form>
      )}
    </InfoDialog>
  );
}
