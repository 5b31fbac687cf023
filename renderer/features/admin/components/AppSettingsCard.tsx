// What an app is registered with, as the server keeps it: the bookmark's address, the SAML
// provider's entity ID, ACS URL and certificate, or the OIDC client's ID and URIs; and the
// button that opens the edit form (AppEditForm.tsx).
import type { ReactNode } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import type { AdminApp } from "../app-api.ts";
import { Button } from "../../../components/Button.tsx";
import { appFormMessages as f } from "../app-form-messages.ts";
import { appMessages as m } from "../app-messages.ts";

export function AppSettingsCard({ app, onEdit }: { app: AdminApp; onEdit: () => void }) {
  const intl = useIntl();
  const rows: [MessageDescriptor, ReactNode][] = [];
  if (app.bookmark !== undefined) {
    rows.push([m.address, app.bookmark.url]);
  }
  if (app.saml !== undefined) {
    const certificate = app.saml.certificate;
    rows.push(
      [m.entityId, app.saml.entityId],
      [m.acsUrl, app.saml.acsUrl],
      [
        m.certificate,
        certificate === null
          ? intl.formatMessage(m.noCertificate)
          : intl.formatMessage(m.certificateSummary, {
              subject: certificate.subject,
              date: intl.formatDate(certificate.notAfter, { dateStyle: "medium" }),
            }),
      ],
    );
  }
  if (app.oidc !== undefined) {
    rows.push(
      [m.clientId, app.oidc.clientId],
      [
        m.clientType,
        intl.formatMessage(m.clientTypeValue, {
          confidential: app.oidc.confidential ? "yes" : "no",
        }),
      ],
      [m.redirectUris, app.oidc.redirectUris.join("\n")],
      [m.initiateLoginUri, app.oidc.initiateLoginUri ?? "—"],
      [f.idTokenSigningAlg, app.oidc.idTokenSigningAlg],
      [f.scopes, app.oidc.scopes],
    );
  }
  rows.push([m.requiresMfa, intl.formatMessage(m.yesNo, { value: app.requireMfa ? "yes" : "no" })]);

  return (
    <section className="card" aria-labelledby="section-app-settings">
      <div className="card-header">
        <h2 id="section-app-settings" className="card-title">
          <FormattedMessage {...m.settingsTitle} />
        </h2>
        <Button variant="secondary" onClick={onEdit}>
          <FormattedMessage {...f.editTitle} />
        </Button>
      </div>
      <dl className="console-settings">
        {rows.map(([label, value]) => (
          <div key={label.id}>
            <dt>
              <FormattedMessage {...label} />
            </dt>
            <dd translate="no" dir="auto">
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
