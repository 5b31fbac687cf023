// Applications: tiles of the apps assigned to the user (directly or through a group), instant
// search, a details dialog for apps the admin wrote notes for, arrow-key navigation between
// tiles, and a launch that opens the app already signed in (docs/design.md §1.2).
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { EmptyState } from "../../../components/EmptyState.tsx";
import { AlertIcon, AppsIcon } from "../../../components/Icons.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { commonMessages } from "../../../components/messages.ts";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { richText, wordSpace } from "../../../components/rich-text.tsx";
import { isDesktopApp } from "../../../lib/desktop.ts";
import { errorText, useProblemText } from "../../../lib/error-messages.ts";
import type { PortalApp } from "../api.ts";
import { launchApp } from "../launch.ts";
import { applicationsMessages as m } from "../messages.ts";
import { filterApps, useApplications } from "../store.ts";
import { AppIcon, AppTile, colorOf } from "./AppTile.tsx";
import "../applications.css";

export function ApplicationsPage() {
  const intl = useIntl();
  const showProblem = useProblemText();
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
      store.setLaunchError({ appId: app.id, problem: outcome.problem });
    }
  };

  const moveFocus = (event: KeyboardEvent<HTMLButtonElement>) => {
    const tiles = [...(grid.current?.querySelectorAll<HTMLButtonElement>("[data-app-tile]") ?? [])];
    const index = tiles.indexOf(event.currentTarget);
    const columns =
      grid.current === null
        ? 1
        : getComputedStyle(grid.current).gridTemplateColumns.split(" ").filter(Boolean).length;
    // In a right-to-left language the grid runs from the right: → goes back, ← goes forward.
    const step = getComputedStyle(event.currentTarget).direction === "rtl" ? -1 : 1;
    const targets: Record<string, number> = {
      ArrowRight: index + step,
      ArrowLeft: index - step,
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

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description, {
          where: isDesktopApp() ? "browser" : "tab",
        })}
      />
      {status === "loading" ? (
        <div className="apps-loading" role="status" aria-label={intl.formatMessage(m.loading)}>
          {[0, 1, 2, 3].map((index) => (
            <span key={index} className="app-tile-skeleton" />
          ))}
        </div>
      ) : status === "failed" ? (
        <div className="alert alert-error apps-error" role="alert">
          <AlertIcon />
          <div>
            <p>
              <FormattedMessage
                {...m.loadFailed}
                values={{ ...richText, problem: errorText(intl, error) }}
              />
            </p>
            <Button variant="secondary" onClick={() => void load()}>
              <FormattedMessage {...m.tryAgain} />
            </Button>
          </div>
        </div>
      ) : apps.length === 0 ? (
        <EmptyState icon={<AppsIcon size={28} />} title={intl.formatMessage(m.emptyTitle)}>
          <p>
            <FormattedMessage {...m.emptyText} />
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="apps-toolbar">
            <label className="apps-search">
              <span className="visually-hidden">
                <FormattedMessage {...m.search} />
              </span>
              <input
                type="search"
                className="apps-search-input"
                placeholder={intl.formatMessage(m.search)}
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
              {query === "" ? (
                <FormattedMessage {...m.count} values={{ total: apps.length }} />
              ) : (
                <FormattedMessage
                  {...m.countFiltered}
                  values={{ shown: visible.length, total: apps.length }}
                />
              )}
            </p>
          </div>
          {launchError !== undefined ? (
            <div className="alert alert-error apps-launch-error" role="alert">
              <AlertIcon />
              <p>
                <FormattedMessage
                  {...m.launchFailed}
                  values={{
                    ...richText,
                    app: failedApp?.name ?? intl.formatMessage(m.theApp),
                    problem: showProblem(launchError.problem),
                  }}
                />
              </p>
            </div>
          ) : null}
          {visible.length === 0 ? (
            <p className="apps-no-match">
              <FormattedMessage {...m.noMatch} values={{ query }} />
              {wordSpace}
              <button type="button" className="link-button" onClick={() => setQuery("")}>
                <FormattedMessage {...m.clearSearch} />
              </button>
            </p>
          ) : (
            <ul
              className="app-grid"
              id="app-grid"
              ref={grid}
              aria-label={intl.formatMessage(m.gridLabel)}
            >
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
        title={
          <span translate="no" dir="auto">
            {details?.name ?? ""}
          </span>
        }
        open={details !== undefined}
        onClose={() => setDetails(undefined)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setDetails(undefined)}>
              <FormattedMessage {...commonMessages.close} />
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
              <FormattedMessage {...m.open} values={{ app: details?.name ?? "" }} />
            </Button>
          </>
        }
      >
        {details !== undefined ? (
          <div className="app-details">
            <AppIcon app={details} size={40} color={colorOf(apps.indexOf(details))} />
            <p className="app-details-notes" translate="no" dir="auto">
              {details.notes}
            </p>
            {details.requiresMfa ? (
              <p className="app-details-mfa">
                <FormattedMessage {...m.asksForMfa} />
              </p>
            ) : null}
          </div>
        ) : null}
      </InfoDialog>
    </>
  );
}
