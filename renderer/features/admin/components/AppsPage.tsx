// Applications: every app of the catalog, how it signs people in and how many people or groups
// may open it; a new one starts on its own page.
import { FormattedMessage, useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { listCatalog } from "../app-api.ts";
import { appMessages as m } from "../app-messages.ts";
import { useRequest } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { LinkListCard } from "./LinkListCard.tsx";

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
      <LinkListCard
        sectionId="section-apps"
        words={{ title: m.title, loading: m.loading, none: m.none }}
        requested={apps}
        navigate={navigate}
        row={(app) => ({
          href: `/admin/apps/${app.id}`,
          name: app.displayName,
          about: (
            <>
              <span className="console-muted">
                <FormattedMessage {...m.kind} values={{ kind: app.kind }} />
              </span>
              <span className="console-muted">
                <FormattedMessage {...m.assignedCount} values={{ count: app.assignments.length }} />
              </span>
            </>
          ),
        })}
      />
    </>
  );
}
