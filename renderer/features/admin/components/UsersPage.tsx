// Users: find a person fast — search by name, email, employee ID or department as you type,
// narrow by state, page through the rest. The server does the searching, so it stays quick at
// tens of thousands of accounts. "/" jumps to the search box from anywhere on the page; New
// user creates one with an invitation mail.
import { useCallback, useEffect, useRef, useState } from "react";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { Button } from "../../../components/Button.tsx";
import { searchUsers, type UserFilter, type UserRow } from "../api.ts";
import { useRequest } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { NewUserDialog } from "./NewUserDialog.tsx";
import { StatusBadges } from "./StatusBadges.tsx";

const filters: { value: UserFilter | ""; label: string }[] = [
  { value: "", label: "All users" },
  { value: "locked", label: "Locked" },
  { value: "disabled", label: "Disabled" },
  { value: "mfa_not_set_up", label: "MFA not set up" },
  { value: "password_expired", label: "Password expired" },
  { value: "invited", label: "Invited, no password yet" },
  { value: "admins", label: "Admins" },
];

export function UsersPage({ navigate }: { navigate: (pathname: string) => void }) {
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<UserFilter | "">("");
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
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
  const pageNumber = cursors.length;

  return (
    <>
      <div className="console-page-head">
        <PageHeader
          title="Users"
          description="Find a person by name, email, employee ID or department, then open them to act."
        />
        <Button onClick={() => setCreating(true)}>New user</Button>
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
            Search users
          </label>
          <div className="field-control">
            <input
              ref={search}
              id="user-search"
              className="field-input"
              type="search"
              value={typed}
              autoComplete="off"
              placeholder="Name, email, employee ID or department"
              aria-describedby="user-search-hint"
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <p className="field-hint" id="user-search-hint">
            Press / to come back here.
          </p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="user-filter">
            Show
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
                  {each.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <section className="card" aria-labelledby="user-results">
        <div className="card-header">
          <h2 id="user-results" className="card-title">
            {page.state === "loaded"
              ? `${page.value.total} ${page.value.total === 1 ? "user" : "users"}`
              : "Results"}
          </h2>
        </div>
        {page.state === "loading" && <p className="card-note">Loading users…</p>}
        {page.state === "failed" && (
          <p className="field-error" role="alert">
            {page.error.message}
          </p>
        )}
        {page.state === "loaded" &&
          (page.value.users.length === 0 ? (
            <p className="card-note">No user matches. Try fewer or shorter words.</p>
          ) : (
            <UserTable users={page.value.users} navigate={navigate} />
          ))}
        {page.state === "loaded" && (pageNumber > 1 || page.value.next !== null) && (
          <div className="console-pager">
            <Button
              variant="secondary"
              disabled={pageNumber === 1}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              Previous
            </Button>
            <span className="card-note">Page {pageNumber}</span>
            <Button
              variant="secondary"
              disabled={page.value.next === null}
              onClick={() => setCursors([...cursors, page.value.next])}
            >
              Next
            </Button>
          </div>
        )}
      </section>
    </>
  );
}

function UserTable(props: { users: UserRow[]; navigate: (pathname: string) => void }) {
  return (
    <div className="table-scroll" role="region" aria-label="Users found" tabIndex={0}>
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Department</th>
            <th scope="col">Employee ID</th>
            <th scope="col">Status</th>
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
                >
                  {user.displayName}
                </ConsoleLink>
                <span className="console-muted">{user.email}</span>
              </td>
              <td>{user.department ?? "—"}</td>
              <td>{user.employeeId ?? "—"}</td>
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
