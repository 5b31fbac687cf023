// Audit log: every event in words from the one catalogue the employee's sign-in history uses,
// newest first, filtered by person, event and days, paged; and the filtered log as CSV or JSON.
import { useCallback, useState, type FormEvent } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { auditEventTitle, auditReasonText } from "../../../lib/audit-event-text.ts";
import { useProblemText, type Problem } from "../../../lib/error-messages.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import {
  auditEventNames,
  auditExportHref,
  listAudit,
  searchUsers,
  type AuditEntry,
  type AuditFilters,
} from "../api.ts";
import { auditMessages as m } from "../audit-messages.ts";
import { consoleMessages } from "../messages.ts";
import { useRequest } from "../use-request.ts";
import { AuditDetails } from "./AuditDetails.tsx";
import { CursorPager, type Cursors } from "./CursorPager.tsx";
import { RequestedView } from "./RequestedView.tsx";
import "../audit.css";

const noFilters: AuditFilters = { person: "", event: "", since: "", until: "" };

export function AuditLogPage({ initialPerson }: { initialPerson: string }) {
  const intl = useIntl();
  const describeProblem = useProblemText();
  const [filters, setFilters] = useState<AuditFilters>({ ...noFilters, person: initialPerson });
  const [form, setForm] = useState({ email: "", event: "", since: "", until: "" });
  const [emailError, setEmailError] = useState<Problem>();
  const [cursors, setCursors] = useState<Cursors>([null]);
  const after = cursors.at(-1) ?? null;
  const [names] = useRequest(auditEventNames);
  const load = useCallback(() => listAudit(filters, after), [filters, after]);
  const [page] = useRequest(load);

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    setEmailError(undefined);
    let person = form.email.trim() === "" ? filters.person : "";
    if (form.email.trim() !== "") {
      try {
        const found = await searchUsers({ q: form.email, filter: "", after: null });
        const match = found.users.find(
          (user) => user.email.toLowerCase() === form.email.trim().toLowerCase(),
        );
        if (match === undefined) {
          setEmailError(m.noSuchEmail);
          return;
        }
        person = match.id;
      } catch (caught) {
        setEmailError(apiErrorOf(caught));
        return;
      }
    }
    setFilters({ person, event: form.event, since: form.since, until: form.until });
    setCursors([null]);
  };

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <form className="card console-filters" onSubmit={(event) => void apply(event)} noValidate>
        <TextField
          label={intl.formatMessage(m.personEmail)}
          type="email"
          value={form.email}
          error={describeProblem(emailError)}
          placeholder={intl.formatMessage(filters.person === "" ? m.everyone : m.openedPerson)}
          onChange={(event) => setForm({ ...form, email: event.target.value })}
        />
        <div className="field">
          <label className="field-label" htmlFor="audit-event">
            <FormattedMessage {...m.event} />
          </label>
          <div className="field-control">
            <select
              id="audit-event"
              className="field-input"
              value={form.event}
              onChange={(event) => setForm({ ...form, event: event.target.value })}
            >
              <option value="">{intl.formatMessage(m.everyEvent)}</option>
              {names.state === "loaded" &&
                names.value
                  .map((name) => ({ event: name.event, title: auditEventTitle(intl, name.event) }))
                  .sort((a, b) => a.title.localeCompare(b.title, intl.locale))
                  .map((name) => (
                    <option key={name.event} value={name.event}>
                      {name.title}
                    </option>
                  ))}
            </select>
          </div>
        </div>
        <TextField
          label={intl.formatMessage(m.from)}
          type="date"
          value={form.since}
          onChange={(event) => setForm({ ...form, since: event.target.value })}
        />
        <TextField
          label={intl.formatMessage(m.to)}
          type="date"
          value={form.until}
          onChange={(event) => setForm({ ...form, until: event.target.value })}
        />
        <div className="console-filter-actions">
          <Button type="submit">
            <FormattedMessage {...m.show} />
          </Button>
          {(filters.person !== "" ||
            filters.event !== "" ||
            filters.since !== "" ||
            filters.until !== "") && (
            <Button
              variant="secondary"
              onClick={() => {
                setForm({ email: "", event: "", since: "", until: "" });
                setFilters(noFilters);
                setCursors([null]);
              }}
            >
              <FormattedMessage {...m.clear} />
            </Button>
          )}
        </div>
      </form>
      <section className="card" aria-labelledby="audit-events">
        <div className="card-header">
          <h2 id="audit-events" className="card-title">
            <FormattedMessage {...m.events} />
          </h2>
          <div className="console-actions">
            <a className="button button-secondary" href={auditExportHref(filters, "csv")} download>
              <FormattedMessage {...m.exportCsv} />
            </a>
            <a className="button button-secondary" href={auditExportHref(filters, "json")} download>
              <FormattedMessage {...m.exportJson} />
            </a>
          </div>
        </div>
        <RequestedView
          requested={page}
          loading={m.loading}
          empty={m.noMatch}
          isEmpty={(value) => value.events.length === 0}
        >
          {(value) => <AuditTable events={value.events} />}
        </RequestedView>
        {page.state === "loaded" && (
          <CursorPager
            cursors={cursors}
            next={page.value.next}
            onChange={setCursors}
            back={consoleMessages.newer}
            forward={consoleMessages.older}
          />
        )}
      </section>
    </>
  );
}

function AuditTable({ events }: { events: AuditEntry[] }) {
  const intl = useIntl();
  const none = intl.formatMessage(consoleMessages.none);
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={intl.formatMessage(m.tableLabel)}
      tabIndex={0}
    >
      <table className="console-table">
        <thead>
          <tr>
            {[
              m.columnWhen,
              m.columnEvent,
              m.columnDetails,
              m.columnPerson,
              m.columnBy,
              m.columnFrom,
            ].map((column) => (
              <th key={column.id} scope="col">
                <FormattedMessage {...column} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const reason = auditReasonText(intl, event.reason);
            return (
              <tr key={event.id}>
                <td className="console-nowrap">
                  <time dateTime={event.at}>
                    {intl.formatDate(event.at, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </td>
                <td>
                  {auditEventTitle(intl, event.event)}
                  {reason !== undefined && <span className="console-muted">{reason}</span>}
                </td>
                <td>
                  <AuditDetails details={event.details} />
                </td>
                <td translate={event.targetEmail === null ? undefined : "no"}>
                  {event.targetEmail ?? none}
                </td>
                <td translate={event.actorEmail === null ? undefined : "no"}>
                  {event.actorEmail ?? actorWithoutEmail(intl, event.actorId) ?? none}
                </td>
                <td translate={event.ip === null ? undefined : "no"}>{event.ip ?? none}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Who acted when no account's email names them: the CLI, an API token, a removed account. */
function actorWithoutEmail(intl: IntlShape, actorId: string | null): string | undefined {
  if (actorId === null) {
    return undefined;
  }
  return intl.formatMessage(
    actorId === "cli"
      ? m.commandLine
      : actorId.startsWith("api-token:")
        ? m.apiToken
        : m.removedAccount,
  );
}
