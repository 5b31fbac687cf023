// Security → Devices → Computers with the desktop app: the computers whose Gatehouse app is
// enrolled with the organization for this account (name, OS, app version, added, last seen)
// with remove (confirmed first), and — in the desktop app — connecting this one with a connect
// key. Enrollment is not device login: it tells the organization which computers are its own.
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { enrollDeviceWithConnectKey, isDesktopApp, osNames } from "../../../lib/desktop.ts";
import { useErrorText } from "../../../lib/error-messages.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { listDevices, removeDevice, type EnrolledDevice } from "../api.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import "../devices.css";
import { devicesMessages as m } from "../messages.ts";

export function DevicesCard() {
  const intl = useIntl();
  const describeError = useErrorText();
  const [devices, setDevices] = useState<EnrolledDevice[]>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [removing, setRemoving] = useState<EnrolledDevice>();
  const [removeError, setRemoveError] = useState<unknown>();
  const load = useCallback(() => {
    listDevices().then(setDevices, setError);
  }, []);
  useEffect(load, [load]);

  const remove = async (device: EnrolledDevice) => {
    setBusy(device.id);
    setRemoveError(undefined);
    try {
      await withRecentVerification(() => removeDevice(device.id));
      setRemoving(undefined);
      load();
    } catch (caught) {
      if (apiErrorOf(caught).code !== "VERIFICATION_CANCELLED") {
        setRemoveError(caught);
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="card" aria-labelledby="section-devices">
      <h2 id="section-devices" className="card-title">
        <FormattedMessage {...m.title} />
      </h2>
      <p className="card-note">
        <FormattedMessage {...m.note} />
      </p>
      {error !== undefined && <ErrorAlert message={describeError(error)} />}
      {devices !== undefined && devices.length === 0 && (
        <p className="list-empty">
          <FormattedMessage {...m.none} />
        </p>
      )}
      {devices !== undefined && devices.length > 0 && (
        <ul className="item-list" aria-label={intl.formatMessage(m.listLabel)}>
          {devices.map((device) => (
            <li key={device.id} className="item-row">
              <div className="item-main">
                <span className="item-title" translate="no" dir="auto">
                  {device.name}
                </span>
                <span className="item-meta">
                  <FormattedMessage
                    {...m.meta}
                    values={{
                      system: osNames[device.os as keyof typeof osNames] ?? device.os,
                      version: device.appVersion,
                      enrolledAt: intl.formatDate(device.enrolledAt, { dateStyle: "medium" }),
                      lastSeenAt: intl.formatDate(device.lastSeenAt, { dateStyle: "medium" }),
                    }}
                  />
                </span>
              </div>
              <div className="item-actions">
                <Button
                  variant="secondary"
                  onClick={() => {
                    setRemoveError(undefined);
                    setRemoving(device);
                  }}
                  aria-label={intl.formatMessage(m.removeLabel, { name: device.name })}
                >
                  <FormattedMessage {...m.remove} />
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {isDesktopApp() && <ConnectThisDevice onConnected={load} />}
      <ConfirmDialog
        title={intl.formatMessage(m.removeTitle, { name: removing?.name ?? "" })}
        open={removing !== undefined}
        confirmLabel={intl.formatMessage(m.removeConfirm)}
        busyLabel={intl.formatMessage(m.removing)}
        busy={removing !== undefined && busy === removing.id}
        error={removeError === undefined ? undefined : describeError(removeError)}
        onConfirm={() => {
          if (removing !== undefined) {
            void remove(removing);
          }
        }}
        onCancel={() => setRemoving(undefined)}
      >
        <p>
          <FormattedMessage {...m.removeText} />
        </p>
      </ConfirmDialog>
    </section>
  );
}

function ConnectThisDevice(props: { onConnected: () => void }) {
  const intl = useIntl();
  const describeError = useErrorText();
  const [key, setKey] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: unknown }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await enrollDeviceWithConnectKey(key.trim());
    setBusy(false);
    setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
    if (result.ok) {
      setKey("");
      props.onConnected();
    }
  };
  return (
    <form className="connect-form" onSubmit={(event) => void submit(event)}>
      <TextField
        label={intl.formatMessage(m.connectLabel)}
        name="connectKey"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={key}
        onChange={(event) => setKey(event.target.value)}
        error={outcome?.ok === false ? describeError(outcome.error) : undefined}
      />
      <Button
        type="submit"
        variant="secondary"
        busy={busy}
        busyLabel={intl.formatMessage(m.connecting)}
      >
        <FormattedMessage {...m.connect} />
      </Button>
      {outcome?.ok === true && (
        <p role="status">
          <FormattedMessage {...m.connected} />
        </p>
      )}
    </form>
  );
}
