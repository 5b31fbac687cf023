// Applications: every app of the catalog, how it signs people in and how many people or groups
// may open it; a new one starts on its own page.
import { FormattedMessage, useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { listCatalog } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { useRequest } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { RequestedView } from "./RequestedView.tsx";

export function AppsPage({ navigate }: { navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const [apps] = useRequest(listCatalog);

  return (
    <>
      <div className="console-page-head">
        <PageHeader
          title={intl.formatMessage(m.title)}
          description={intl.formatMessage(m.description)}
        />
        <ConsoleLink className="button button-primary" href="/admin/apps/new" navigate={navigate}>
          <FormattedMessage {...m.newApp} />
        </ConsoleLink>
      </div>
      <section className="card" aria-labelledby="section-apps">
        <h2 id="section-apps" className="card-title">
          <FormattedMessage {...m.title} />
        </h2>
        <RequestedView requested={apps} loading={m.loading} empty={m.none}>
          {(value) => (
            <ul className="console-list" aria-labelledby="section-apps">
              {value.map((app) => (
                <li key={app.id} className="console-row">
                  <span>
                    <ConsoleLink
                      className="console-user-link"
                      href={`/admin/apps/${app.id}`}
                      navigate={navigate}
                      translate="no"
                    >
                      {app.displayName}
                    </ConsoleLink>
                    <span className="console-muted">
                      <FormattedMessage {...m.kind} values={{ kind: app.kind }} />
                    </span>
                    <span className="console-muted">
                      <FormattedMessage
                        {...m.assignedCount}
                        values={{ count: app.assignments.length }}
                      />
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </RequestedView>
      </section>
    </>
  );
}
