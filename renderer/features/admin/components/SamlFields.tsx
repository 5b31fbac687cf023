// A SAML app's settings in the new-app form. The provider's metadata (pasted, or read from a
// file) is parsed on the server, which fills the entity ID, the ACS URL and the signing
// certificate; the admin checks them, or types the two fields by hand.
import { useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { TextField } from "../../../components/TextField.tsx";
import { readSamlMetadata } from "../app-api.ts";
import type { AppDraft } from "../app-draft.ts";
import { appFormMessages as f } from "../app-form-messages.ts";
import { appMessages as m } from "../app-messages.ts";
import { useAction } from "../use-action.ts";
import { useFieldProblems } from "../use-field-problems.ts";
import { TextAreaField } from "./TextAreaField.tsx";

export function SamlFields(props: {
  draft: AppDraft;
  onChange: (changes: Partial<AppDraft>) => void;
  fieldProblem: (field: string) => string | undefined;
}) {
  const intl = useIntl();
  const fileId = useId();
  const { draft, onChange, fieldProblem } = props;
  const [xml, setXml] = useState("");
  const { run, busy, error } = useAction();
  const [read, setRead] = useState(false);
  const metadataProblem = useFieldProblems(error, ["xml"]);

  const readXml = (text: string) =>
    run(async () => {
      setRead(false);
      const metadata = await readSamlMetadata(text);
      onChange(metadata);
      setRead(true);
    });
  const readFile = async (file: File | undefined) => {
    if (file !== undefined) {
      const text = await file.text();
      setXml(text);
      await readXml(text);
    }
  };

  return (
    <>
      <TextAreaField
        label={intl.formatMessage(f.metadata)}
        hint={intl.formatMessage(f.metadataHint)}
        rows={5}
        value={xml}
        error={metadataProblem.fieldProblem("xml") ?? metadataProblem.formProblem}
        onChange={(event) => setXml(event.target.value)}
      />
      <div className="console-actions">
        <Button
          variant="secondary"
          busy={busy}
          busyLabel={intl.formatMessage(f.reading)}
          disabled={xml.trim() === ""}
          onClick={() => void readXml(xml)}
        >
          <FormattedMessage {...f.readMetadata} />
        </Button>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          <FormattedMessage {...f.metadataFile} />
        </label>
        <input
          id={fileId}
          type="file"
          className="console-file"
          accept=".xml,application/xml,text/xml,application/samlmetadata+xml"
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
      </div>
      <p className="visually-hidden" role="status">
        {read && intl.formatMessage(f.metadataRead)}
      </p>
      <TextField
        label={intl.formatMessage(f.entityId)}
        value={draft.entityId}
        dir="ltr"
        error={fieldProblem("saml.entityId")}
        onChange={(event) => onChange({ entityId: event.target.value })}
      />
      <TextField
        label={intl.formatMessage(f.acsUrl)}
        type="url"
        value={draft.acsUrl}
        error={fieldProblem("saml.acsUrl")}
        onChange={(event) => onChange({ acsUrl: event.target.value })}
      />
      <div className="field">
        <span className="field-label">
          <FormattedMessage {...m.certificate} />
        </span>
        <p className="console-muted" translate="no" dir="ltr">
          {draft.certificate === null
            ? intl.formatMessage(m.noCertificate)
            : intl.formatMessage(m.certificateSummary, {
                subject: draft.certificate.subject,
                date: intl.formatDate(draft.certificate.notAfter, { dateStyle: "medium" }),
              })}
        </p>
        {fieldProblem("saml.certificate") !== undefined && (
          <p className="field-error">{fieldProblem("saml.certificate")}</p>
        )}
      </div>
    </>
  );
}
