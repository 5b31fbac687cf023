// The "sudo mode" prompt: shown when a security change needs a verification from the last five
// minutes. On success the change the user asked for runs again by itself.
import { FormattedMessage, useIntl } from "react-intl";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { commonMessages } from "../../../components/messages.ts";
import {
  settleRecentVerification,
  useRecentVerification,
} from "../../../stores/recent-verification.ts";
import { Button } from "../../../components/Button.tsx";
import { authMessages as m } from "../messages.ts";
import { VerifyForm } from "./VerifyForm.tsx";

export function RecentVerificationDialog(props: { email: string; onSessionEnded: () => void }) {
  const intl = useIntl();
  const open = useRecentVerification((state) => state.open);
  return (
    <InfoDialog
      title={intl.formatMessage(m.confirmTitle)}
      open={open}
      onClose={() => settleRecentVerification(false)}
      actions={<></>}
    >
      <p className="dialog-lead">
        <FormattedMessage {...m.recentExplanation} />
      </p>
      {open && (
        <VerifyForm
          email={props.email}
          submitLabel={intl.formatMessage(m.confirm)}
          onVerified={() => settleRecentVerification(true)}
          onSessionEnded={() => {
            settleRecentVerification(false);
            props.onSessionEnded();
          }}
          secondaryAction={
            <Button variant="secondary" onClick={() => settleRecentVerification(false)}>
              <FormattedMessage {...commonMessages.cancel} />
            </Button>
          }
        />
      )}
    </InfoDialog>
  );
}
