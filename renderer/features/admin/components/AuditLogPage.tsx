// Audit log: every event in words from the one catalogue the employee's sign-in history uses,
// newest first, filtered by person, event and days, paged; and the filtered log as CSV or JSON.
import { useCallback, useState, type FormEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import {
  auditEventNames,
  auditExportHref,
  listAudit,
  searchUsers,
  type AuditEntry,
  type AuditFilters,
} from "../api.ts";
import { useRequest } from "../use-request.ts";

const noFilters: AuditFilters = { person: "", event: "", since: "", until: "" };

export function AuditLogPage({ initialPerson }: { initialPerson: string }) {
  const [filters, setFilters] = useState<AuditFilters>({ ...noFilters, person: initialPerson });
  const [form, setForm] = useState({ email: "", event: "", since: "", until: "" });
  const [emailError, setEmailError] = useState<string>();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
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
          setEmailError("No user has this email.");
          return;
        }
        person = match.id;
      } catch (caught) {
        setEmailError(apiErrorOf(caught).message);
        return;
      }
    }
    setFilters({ person, event: form.event, since: form.since, until: form.until });
    setCursors([null]);
  };

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what, when and from where — sign-ins, security changes and admin work."
      />
      <form className="card console-filters" onSubmit={(event) => void apply(event)} noValidate>
        <TextField
          label="Person's email"
          type="email"
          value={form.email}
          error={emailError}
          placeholder={filters.person === "" ? "Everyone" : "The person you opened"}
          onChange={(event) => setForm({ ...form, email: event.target.value })}
        />
        <div className="field">
          <label className="field-label" htmlFor="audit-event">
            Event
          </label>
          <div className="field-control">
            <select
              id="audit-event"
              className="field-input"
              value={form.event}
              onChange={(event) => setForm({ ...form, event: event.target.value })}
            >
              <option value="">Every event</option>
              {names.state === "loaded" &&
                names.value.map((name) => (
                  <option key={name.event} value={name.event}>
                    {name.title}
                  </option>
                ))}
            </select>
          </div>
        </div>
        <TextField
          label="From"
          type="date"
          value={form.since}
          onChange={(event) => setForm({ ...form, since: event.target.value })}
        />
        <TextField
          label="To"
          type="date"
          value={form.until}
          onChange={(event) => setForm({ ...form, until: event.target.value })}
        />
        <div className="console-filter-actions">
          <Button type="submit">Show events</Button>
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
              Clear filters
            </Button>
          )}
        </div>
      </form>
      <section className="card" aria-labelledby="audit-events">
        <div className="card-header">
          <h2 id="audit-events" className="card-title">
            Events
          </h2>
          <div className="console-actions">
            <a className="button button-secondary" href={auditExportHref(filters, "csv")} download>
              Export CSV
            </a>
            <a className="button button-secondary" href={auditExportHref(filters, "json")} download>
              Export JSON
            </a>
          </div>
        </div>
        {page.state === "loading" && <p className="card-note">Loading events…</p>}
        {page.state === "failed" && (
          <p className="field-error" role="alert">
            {page.error.message}
          </p>
        )}
        {page.state === "loaded" &&
          (page.value.events.length === 0 ? (
            <p className="card-note">No event matches these filters.</p>
          ) : (
            <AuditTable events={page.value.events} />
          ))}
        {page.state === "loaded" && (cursors.length > 1 || page.value.next !== null) && (
          <div className="console-pager">
            <Button
              variant="secondary"
              disabled={cursors.length === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              Newer
            </Button>
            <span className="card-note">Page {cursors.length}</span>
            <Button
              variant="secondary"
              disabled={page.value.next === null}
              onClick={() => setCursors([...cursors, page.value.next])}
            >
              Older
            </Button>
          </div>
        )}
      </section>
    </>
  );
}

function AuditTable({ events }: { events: AuditEntry[] }) {
  return (
    <div className="table-scroll" role="region" aria-label="Audit events" tabIndex={0}>
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Person</th>
            <th scope="col">By</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="console-nowrap">
                {new Date(event.at).toLocaleString(undefined, {
                  dateStyle: "medium",
                  timeStyle: "medium",
                })}
              </td>
              <td>
                {event.title}
                {event.detail !== null && <span className="console-muted">{event.detail}</span>}
              </td>
              <td>{event.targetEmail ?? "—"}</td>
              <td>{actorOf(event)}</td>
              <td>{event.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function actorOf(event: AuditEntry): string {
  if (event.actorEmail !== null) {
    return event.actorEmail;
  }
  return event.actorId === "cli"
    ? "admin command line"
    : event.actorId === null
      ? "—"
      : "a removed account";
}
