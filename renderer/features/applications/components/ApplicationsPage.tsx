// Applications: tiles of the apps assigned to the user (directly or through a group), instant
// search, a details dialog for apps the admin wrote notes for, arrow-key navigation between
// tiles, and a launch that opens the app already signed in (docs/design.md §1.2).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "../../../components/Button.tsx";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { AlertIcon, AppsIcon } from "../../../components/Icons.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { isDesktopApp } from "../../../lib/desktop.ts";
import type { PortalApp } from "../api.ts";
import { launchApp } from "../launch.ts";
import { filterApps, useApplications } from "../store.ts";
import { AppIcon, AppTile, colorOf } from "./AppTile.tsx";
import "../applications.css";

export function ApplicationsPage() {
  const { status, apps, error, query, launching, launchError } = useApplications();
  const load = () => useApplications.getState().load();
  const setQuery = (text: string) => useApplications.getState().setQuery(text);
  const [details, setDetails] = useState<PortalApp | undefined>(undefined);
  const grid = useRef<HTMLUListElement>(null);
  const visible = useMemo(() => filterApps(apps, query), [apps, query]);

  useEffect(() => {
    void useApplications.getState().load();
  }, []);

  const launch = async (app: PortalApp) => {
    const store = useApplications.getState();
    if (store.launching !== undefined) {
      return;
    }
    store.setLaunchError(undefined);
    store.setLaunching(app.id);
    const outcome = await launchApp(app.id);
    store.setLaunching(undefined);
    if (!outcome.ok) {
      store.setLaunchError({ appId: app.id, message: outcome.message });
    }
  };

  const moveFocus = (event: KeyboardEvent<HTMLButtonElement>) => {
    const tiles = [...(grid.current?.querySelectorAll<HTMLButtonElement>("[data-app-tile]") ?? [])];
    const index = tiles.indexOf(event.currentTarget);
    const columns =
      grid.current === null
        ? 1
        : getComputedStyle(grid.current).gridTemplateColumns.split(" ").filter(Boolean).length;
    const targets: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index + columns,
      ArrowUp: index - columns,
      Home: 0,
      End: tiles.length - 1,
    };
    const target = targets[event.key];
    if (target !== undefined && tiles[target] !== undefined) {
      event.preventDefault();
      tiles[target].focus();
    }
  };

  const failedApp = apps.find((app) => app.id === launchError?.appId);
  const where = isDesktopApp() ? "your browser" : "a new tab";

  return (
    <>
      <PageHeader
        title="Applications"
        description={`Open the apps you use at work, already signed in. They open in ${where}.`}
      />
      {status === "loading" ? (
        <div className="apps-loading" role="status" aria-label="Loading your applications">
          {[0, 1, 2, 3].map((index) => (
            <span key={index} className="app-tile-skeleton" />
          ))}
        </div>
      ) : status === "failed" ? (
        <div className="alert alert-error apps-error" role="alert">
          <AlertIcon />
          <div>
            <p>
              <strong>Your applications could not be loaded.</strong> {error?.message}
            </p>
            <Button variant="secondary" onClick={() => void load()}>
              Try again
            </Button>
          </div>
        </div>
      ) : apps.length === 0 ? (
        <EmptyState icon={<AppsIcon size={28} />} title="No applications yet">
          <p>
            When your IT administrator assigns apps to you, they appear here as tiles you can open.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="apps-toolbar">
            <label className="apps-search">
              <span className="visually-hidden">Search applications</span>
              <input
                type="search"
                className="apps-search-input"
                placeholder="Search applications"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Enter" && visible.length === 1 && visible[0] !== undefined) {
                    void launch(visible[0]);
                  }
                }}
                // Only while the grid is there: an aria-controls to nothing is invalid ARIA.
                aria-controls={visible.length > 0 ? "app-grid" : undefined}
              />
            </label>
            <p className="apps-count" aria-live="polite">
              {query === ""
                ? `${apps.length} ${apps.length === 1 ? "app" : "apps"}`
                : `${visible.length} of ${apps.length} ${apps.length === 1 ? "app" : "apps"}`}
            </p>
          </div>
          {launchError !== undefined ? (
            <div className="alert alert-error apps-launch-error" role="alert">
              <AlertIcon />
              <p>
                <strong>{failedApp?.name ?? "The app"} didn’t open.</strong> {launchError.message}
              </p>
            </div>
          ) : null}
          {visible.length === 0 ? (
            <p className="apps-no-match">
              No app matches “{query}”.{" "}
              <button type="button" className="link-button" onClick={() => setQuery("")}>
                Clear the search
              </button>
            </p>
          ) : (
            <ul className="app-grid" id="app-grid" ref={grid} aria-label="Your applications">
              {visible.map((app) => (
                <AppTile
                  key={app.id}
                  app={app}
                  color={colorOf(apps.indexOf(app))}
                  launching={launching === app.id}
                  onLaunch={() => void launch(app)}
                  onDetails={() => setDetails(app)}
                  onKeyDown={moveFocus}
                />
              ))}
            </ul>
          )}
        </>
      )}
      <InfoDialog
        title={details?.name ?? ""}
        open={details !== undefined}
        onClose={() => setDetails(undefined)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setDetails(undefined)}>
              Close
            </Button>
            <Button
              onClick={() => {
                const app = details;
                setDetails(undefined);
                if (app !== undefined) {
                  void launch(app);
                }
              }}
            >
              Open {details?.name}
            </Button>
          </>
        }
      >
        {details !== undefined ? (
          <div className="app-details">
            <AppIcon app={details} size={40} color={colorOf(apps.indexOf(details))} />
            <p className="app-details-notes">{details.notes}</p>
            {details.requiresMfa ? (
              <p className="app-details-mfa">
                This app asks for your authenticator code each time it opens.
              </p>
            ) : null}
          </div>
        ) : null}
      </InfoDialog>
    </>
  );
}
