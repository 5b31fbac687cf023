// Requests: the apps the user may ask for and the request form, then their own requests with
// the approval progress — the portal's fourth section (docs/admin.md "Access requests").
import { useEffect, useState } from "react";
import { useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import type { RequestableApp } from "../api.ts";
import { requestsMessages as m } from "../messages.ts";
import { useRequests } from "../store.ts";
import { LoadState } from "./LoadState.tsx";
import { MyRequestsCard } from "./MyRequestsCard.tsx";
import { RequestDialog } from "./RequestDialog.tsx";
import { RequestableAppsCard } from "./RequestableAppsCard.tsx";
import "../requests.css";

export function RequestsPage() {
  const intl = useIntl();
  const mine = useRequests((state) => state.mine);
  const [requesting, setRequesting] = useState<RequestableApp>();
  const [sent, setSent] = useState<string>();
  const load = () => void useRequests.getState().loadMine();
  useEffect(load, []);

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <p className="visually-hidden" role="status">
        {sent === undefined ? "" : intl.formatMessage(m.sent, { app: sent })}
      </p>
      {mine.status === "loaded" ? (
        <div className="card-stack">
          <RequestableAppsCard
            apps={mine.value.apps}
            onRequest={(app) => {
              setSent(undefined);
              setRequesting(app);
            }}
          />
          <MyRequestsCard requests={mine.value.requests} onChanged={load} />
        </div>
      ) : (
        <LoadState error={mine.status === "failed" ? mine.error : undefined} onRetry={load} />
      )}
      <RequestDialog
        app={requesting}
        onClose={() => setRequesting(undefined)}
        onSent={(app) => {
          setSent(app.name);
          load();
        }}
      />
    </>
  );
}
