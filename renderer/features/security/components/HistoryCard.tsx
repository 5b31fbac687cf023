// Security → Sign-in history: the user's own recent security events in words, filtered to
// sign-ins, security changes or everything, with "This wasn't me" on sign-ins and factor
// changes — which ends every session and locks the account.
import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { auditEventTitle, auditReasonText } from "../../../lib/audit-event-text.ts";
import { useErrorText } from "../../../lib/error-messages.ts";
import { useSession } from "../../../stores/session.ts";
import { listSecurityEvents, reportSecurityEvent, type SecurityEvent } from "../api.ts";
import { describeDevice } from "../../../lib/describe-device.ts";
import { formatDateTime } from "../format.ts";
import { securityMessages as m } from "../messages.ts";
import { useLoader } from "../use-loader.ts";
import { LoadState } from "./LoadState.tsx";

const filters = [
  { value: "sign_in", label: m.filterSignIns, empty: m.noSignIns },
  { value: "security_change", label: m.filterChanges, empty: m.noChanges },
  { value: "all", label: m.filterAll, empty: m.nothingYet },
] as const;
type Filter = (typeof filters)[number]["value"];

export function HistoryCard() {
  const intl = useIntl();
  const describeError = useErrorText();
  const [loaded, reload] = useLoader(listSecurityEvents);
  const [filter, setFilter] = useState<Filter>("sign_in");
  const [reporting, setReporting] = useState<SecurityEvent>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [lockedOut, setLockedOut] = useState(false);

  const report = async () => {
    if (reporting === undefined) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await reportSecurityEvent(reporting.id);
      setReporting(undefined);
      setLockedOut(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  // The account is locked and this session is over: back to the sign-in screen, saying so.
  const onLockedOut = () => useSession.getState().endSession("locked-after-report");

  const shown =
    loaded.state === "loaded"
      ? loaded.value.filter((event) => filter === "all" || event.category === filter)
      : [];
  const empty = filters.find(({ value }) => value === filter)?.empty ?? m.nothingYet;
  return (
    <section className="card" aria-labelledby="section-history">
      <div className="card-header">
        <h2 id="section-history" className="card-title">
          <FormattedMessage {...m.sectionHistory} />
        </h2>
        <p className="card-note">
          <FormattedMessage {...m.historyNote} />
        </p>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">
          <FormattedMessage {...m.show} />
        </legend>
        {filters.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name="history-filter"
              value={option.value}
              checked={filter === option.value}
              onChange={() => setFilter(option.value)}
            />
            <span>
              <FormattedMessage {...option.label} />
            </span>
          </label>
        ))}
      </fieldset>
      <LoadState loaded={loaded} onRetry={reload} />
      {loaded.state === "loaded" &&
        (shown.length === 0 ? (
          <p className="list-empty">
            <FormattedMessage {...empty} />
          </p>
        ) : (
          <ul className="item-list" aria-label={intl.formatMessage(m.sectionHistory)}>
            {shown.map((event) => (
              <EventRow
                key={event.id}
                event={event}
                onReport={() => {
                  setError(undefined);
                  setReporting(event);
                }}
              />
            ))}
          </ul>
        ))}
      <ConfirmDialog
        title={intl.formatMessage(m.secureTitle)}
        open={reporting !== undefined}
        confirmLabel={intl.formatMessage(m.secureConfirm)}
        busyLabel={intl.formatMessage(m.securing)}
        busy={busy}
        error={error === undefined ? undefined : describeError(error)}
        onConfirm={() => void report()}
        onCancel={() => setReporting(undefined)}
      >
        {reporting !== undefined && (
          <p>
            <FormattedMessage
              {...m.secureText}
              values={{
                title: auditEventTitle(intl, reporting.event),
                at: formatDateTime(intl, reporting.at),
              }}
            />
          </p>
        )}
      </ConfirmDialog>
      <InfoDialog
        title={intl.formatMessage(m.lockedTitle)}
        open={lockedOut}
        onClose={onLockedOut}
        actions={
          <Button onClick={onLockedOut}>
            <FormattedMessage {...m.ok} />
          </Button>
        }
      >
        <p role="status">
          <FormattedMessage {...m.lockedText} />
        </p>
      </InfoDialog>
    </section>
  );
}

function EventRow({ event, onReport }: { event: SecurityEvent; onReport: () => void }) {
  const intl = useIntl();
  const title = auditEventTitle(intl, event.event);
  const detail = auditReasonText(intl, event.reason);
  const at = formatDateTime(intl, event.at);
  return (
    <li className="item-row">
      <div className="item-main">
        <span className="item-title">
          {title}
          {detail !== undefined && (
            // eslint-disable-next-line formatjs/no-literal-string-in-jsx -- a separator, not words
            <span className="item-detail">· {detail}</span>
          )}
        </span>
        <span className="item-meta">
          <FormattedMessage
            {...m.eventMeta}
            values={{
              at,
              device: describeDevice(intl, event),
              hasIp: event.ip === null ? "no" : "yes",
              ip: event.ip ?? "",
            }}
          />
        </span>
      </div>
      {event.reportable && (
        <div className="item-actions">
          <Button
            variant="quiet"
            onClick={onReport}
            aria-label={intl.formatMessage(m.notMeLabel, { title, at })}
          >
            <FormattedMessage {...m.notMe} />
          </Button>
        </div>
      )}
    </li>
  );
}
