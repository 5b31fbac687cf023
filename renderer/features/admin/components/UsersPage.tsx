// Users: find a person fast — search by name, email, employee ID or department as you type,
// narrow by state, page through the rest. The server does the searching, so it stays quick at
// tens of thousands of accounts. "/" jumps to the search box from anywhere on the page; New
// user creates one with an invitation mail.
import { useCallback, useEffect, useRef, useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { Button } from "../../../components/Button.tsx";
import { searchUsers, type UserFilter, type UserRow } from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { importMessages } from "../import-messages.ts";
import { useRequest } from "../use-request.ts";
import { userMessages as m } from "../user-messages.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { NewUserDialog } from "./NewUserDialog.tsx";
import { StatusBadges } from "./StatusBadges.tsx";
import { CursorPager, type Cursors } from "./CursorPager.tsx";
import { RequestedView } from "./RequestedView.tsx";

const filters: { value: UserFilter | ""; label: MessageDescriptor }[] = [
  { value: "", label: m.filterAll },
  { value: "locked", label: m.filterLocked },
  { value: "disabled", label: m.filterDisabled },
  { value: "mfa_not_set_up", label: m.filterNoMfa },
  { value: "password_expired", label: m.filterExpired },
  { value: "invited", label: m.filterInvited },
  { value: "admins", label: m.filterAdmins },
];

export function UsersPage({ navigate }: { navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<UserFilter | "">("");
  const [cursors, setCursors] = useState<Cursors>([null]);
  const search = useRef<HTMLInputElement>(null);
  const [creating, setCreating] = useState(false);
  const after = cursors.at(-1) ?? null;

  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQuery(typed);
      setCursors([null]);
    }, 200);
    return () => window.clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === "/" && !["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) {
        event.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const load = useCallback(() => searchUsers({ q: query, filter, after }), [query, filter, after]);
  const [page, reloadPage] = useRequest(load);

  return (
    <>
      <div className="console-page-head">
        <PageHeader
          title={intl.formatMessage(m.title)}
          description={intl.formatMessage(m.description)}
        />
        <div className="console-actions">
          <ConsoleLink
            className="button button-secondary"
            href="/admin/users/import"
            navigate={navigate}
          >
            <FormattedMessage {...importMessages.open} />
          </ConsoleLink>
          <Button onClick={() => setCreating(true)}>
            <FormattedMessage {...m.newUser} />
          </Button>
        </div>
      </div>
      <NewUserDialog
        open={creating}
        onClose={() => {
          setCreating(false);
          reloadPage();
        }}
        onOpenUser={(id) => navigate(`/admin/users/${id}`)}
      />
      <div className="console-toolbar" role="search">
        <div className="field console-search">
          <label className="field-label" htmlFor="user-search">
            <FormattedMessage {...m.searchLabel} />
          </label>
          <div className="field-control">
            <input
              ref={search}
              id="user-search"
              className="field-input"
              type="search"
              value={typed}
              autoComplete="off"
              placeholder={intl.formatMessage(m.searchPlaceholder)}
              aria-describedby="user-search-hint"
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <p className="field-hint" id="user-search-hint">
            <FormattedMessage {...m.searchHint} />
          </p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="user-filter">
            <FormattedMessage {...m.show} />
          </label>
          <div className="field-control">
            <select
              id="user-filter"
              className="field-input"
              value={filter}
              onChange={(event) => {
                setFilter(event.target.value as UserFilter | "");
                setCursors([null]);
              }}
            >
              {filters.map((each) => (
                <option key={each.value} value={each.value}>
                  {intl.formatMessage(each.label)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <section className="card" aria-labelledby="user-results">
        <div className="card-header">
          <h2 id="user-results" className="card-title">
            <FormattedMessage
              {...(page.state === "loaded" ? m.count : m.results)}
              values={{ count: page.state === "loaded" ? page.value.total : 0 }}
            />
          </h2>
        </div>
        <RequestedView
          requested={page}
          loading={m.loadingUsers}
          empty={m.noMatch}
          isEmpty={(value) => value.users.length === 0}
        >
          {(value) => <UserTable users={value.users} navigate={navigate} />}
        </RequestedView>
        {page.state === "loaded" && (
          <CursorPager cursors={cursors} next={page.value.next} onChange={setCursors} />
        )}
      </section>
    </>
  );
}

function UserTable(props: { users: UserRow[]; navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const none = intl.formatMessage(consoleMessages.none);
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={intl.formatMessage(m.found)}
      tabIndex={0}
    >
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage {...m.columnName} />
            </th>
            <th scope="col">
              <FormattedMessage {...m.columnDepartment} />
            </th>
            <th scope="col">
              <FormattedMessage {...m.columnEmployeeId} />
            </th>
            <th scope="col">
              <FormattedMessage {...m.columnStatus} />
            </th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => (
            <tr key={user.id}>
              <td>
                <ConsoleLink
                  className="console-user-link"
                  href={`/admin/users/${user.id}`}
                  navigate={props.navigate}
                  translate="no"
                >
                  {user.displayName}
                </ConsoleLink>
                <span className="console-muted" translate="no">
                  {user.email}
                </span>
              </td>
              <td translate={user.department === null ? undefined : "no"}>
                {user.department ?? none}
              </td>
              <td translate={user.employeeId === null ? undefined : "no"}>
                {user.employeeId ?? none}
              </td>
              <td>
                <StatusBadges user={user} mfaSetUp={user.mfaSetUp} invited={user.invited} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
