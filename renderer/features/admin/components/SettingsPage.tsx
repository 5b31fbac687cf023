// Settings: the SSO signing keys (listed, rotated), the mail relay test and the desktop download
// links employees see (docs/admin.md, "Settings").
import { useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { settingsMessages as m } from "../settings-messages.ts";
import { DownloadLinksCard } from "./DownloadLinksCard.tsx";
import { MailTestCard } from "./MailTestCard.tsx";
import { SsoKeysCard } from "./SsoKeysCard.tsx";

export function SettingsPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <div className="card-stack settings-cards">
        <SsoKeysCard />
        <MailTestCard />
        <DownloadLinksCard />
      </div>
    </>
  );
}
