// The portal's reminder during the grace period: MFA is required from a date on, and where to
// set it up.
import { FormattedMessage, useIntl } from "react-intl";
import { ShieldIcon } from "../../../components/Icons.tsx";
import { richText, wordSpace } from "../../../components/rich-text.tsx";
import "../mfa.css";
import { mfaMessages as m } from "../messages.ts";

export function EnrollmentDeadlineBanner(props: { deadline: string; onSetUp: () => void }) {
  const intl = useIntl();
  return (
    <div className="alert alert-info enrollment-banner" role="status">
      <ShieldIcon size={18} />
      <span>
        <FormattedMessage
          {...m.deadlineBanner}
          values={{ ...richText, date: intl.formatDate(props.deadline, { dateStyle: "long" }) }}
        />
        {wordSpace}
        <button type="button" className="link-button" onClick={props.onSetUp}>
          <FormattedMessage {...m.setItUpNow} />
        </button>
      </span>
    </div>
  );
}
