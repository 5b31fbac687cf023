// Recovery codes, shown once right after they are made: a list to copy, a text file to download,
// and the warning that each works once and they will not be shown again.
import { useEffect, useMemo } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import { mfaMessages as m } from "../messages.ts";

export function RecoveryCodesPanel(props: { email: string; codes: string[]; onDone: () => void }) {
  const intl = useIntl();
  const file = useMemo(() => {
    const text = [
      intl.formatMessage(m.codesFileTitle, { email: props.email }),
      intl.formatMessage(m.codesFileCreated, {
        date: intl.formatDate(new Date(), { dateStyle: "long" }),
      }),
      "",
      ...props.codes,
      "",
    ].join("\n");
    return URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  }, [intl, props.email, props.codes]);
  useEffect(() => () => URL.revokeObjectURL(file), [file]);

  return (
    <div className="mfa-recovery">
      <div className="alert alert-info">
        <InfoIcon size={18} />
        <span>
          <FormattedMessage {...m.codesAdvice} />
        </span>
      </div>
      <ol
        translate="no"
        dir="ltr"
        className="recovery-code-list"
        aria-label={intl.formatMessage(m.codesLabel)}
      >
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <a className="button button-secondary" href={file} download="gatehouse-recovery-codes.txt">
          <FormattedMessage {...m.download} />
        </a>
        <Button onClick={props.onDone}>
          <FormattedMessage {...m.saved} />
        </Button>
      </div>
    </div>
  );
}
