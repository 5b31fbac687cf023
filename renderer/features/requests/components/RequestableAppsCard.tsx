// Requests → the apps the user may ask for: instant search, who approves each and for how long,
// and the button that opens the request form (or a badge when a request is already waiting).
import { useMemo, useState } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import type { RequestableApp } from "../api.ts";
import { requestsMessages as m } from "../messages.ts";
import { stepMessages } from "../step-messages.ts";
import { filterRequestableApps } from "../store.ts";

const separator = " · ";

/** "For 7 days or 30 days", "For up to 90 days" or "Until an admin removes it". */
export function durationSummary(intl: IntlShape, app: RequestableApp): string {
  if (app.durationsDays.length > 0) {
    const durations = app.durationsDays.map((days) => intl.formatMessage(m.days, { days }));
    return intl.formatMessage(m.durations, {
      durations: intl.formatList(durations, { type: "disjunction" }),
    });
  }
  return app.maxDurationDays === null
    ? intl.formatMessage(m.noEnd)
    : intl.formatMessage(m.upTo, { days: app.maxDurationDays });
}

export function RequestableAppsCard(props: {
  apps: RequestableApp[];
  onRequest: (app: RequestableApp) => void;
}) {
  const intl = useIntl();
  const [query, setQuery] = useState("");
  const visible = useMemo(() => filterRequestableApps(props.apps, query), [props.apps, query]);
  return (
    <section className="card" aria-labelledby="requestable-apps">
      <h2 id="requestable-apps" className="card-title">
        <FormattedMessage {...m.availableTitle} />
      </h2>
      {props.apps.length === 0 ? (
        <p className="list-empty">
          <FormattedMessage {...m.noneAvailable} />
        </p>
      ) : (
        <>
          <label className="requests-search">
            <span className="visually-hidden">
              <FormattedMessage {...m.search} />
            </span>
            <input
              type="search"
              className="field-input"
              placeholder={intl.formatMessage(m.search)}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          {visible.length === 0 ? (
            <p className="list-empty">
              <FormattedMessage {...m.noMatch} values={{ query }} />
            </p>
          ) : (
            <ul className="request-list" aria-label={intl.formatMessage(m.availableTitle)}>
              {visible.map((app) => (
                <li key={app.id} className="request-row">
                  <div className="request-main">
                    <span className="request-app" translate="no" dir="auto">
                      {app.name}
                    </span>
                    {app.notes !== null && (
                      <span className="request-meta" translate="no" dir="auto">
                        {app.notes}
                      </span>
                    )}
                    <span className="request-meta">
                      <FormattedMessage
                        {...m.approvers}
                        values={{
                          approvers: intl.formatList(
                            app.approvers.map((approver) =>
                              intl.formatMessage(stepMessages.approverKind, { approver }),
                            ),
                          ),
                        }}
                      />
                      {separator}
                      {durationSummary(intl, app)}
                    </span>
                  </div>
                  {app.pendingRequestId === null ? (
                    <Button
                      variant="secondary"
                      aria-label={intl.formatMessage(m.requestApp, { app: app.name })}
                      onClick={() => props.onRequest(app)}
                    >
                      <FormattedMessage {...m.request} />
                    </Button>
                  ) : (
                    <span className="badge">
                      <FormattedMessage {...m.alreadyRequested} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
