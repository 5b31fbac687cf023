// The "sudo mode" prompt: shown when a security change needs a verification from the last five
// minutes. On success the change the user asked for runs again by itself.
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import {
  settleRecentVerification,
  useRecentVerification,
} from "../../../stores/recent-verification.ts";
import { Button } from "../../../components/Button.tsx";
import { VerifyForm } from "./VerifyForm.tsx";

export function RecentVerificationDialog(props: { email: string; onSessionEnded: () => void }) {
  const open = useRecentVerification((state) => state.open);
  return (
    <InfoDialog
      title="Confirm it’s you"
      open={open}
      onClose={() => settleRecentVerification(false)}
      actions={<></>}
    >
      <p className="dialog-lead">
        Changing how you sign in needs a fresh confirmation. Then we continue where you were.
      </p>
      {open && (
        <VerifyForm
          email={props.email}
          submitLabel="Confirm"
          onVerified={() => settleRecentVerification(true)}
          onSessionEnded={() => {
            settleRecentVerification(false);
            props.onSessionEnded();
          }}
          secondaryAction={
            <Button variant="secondary" onClick={() => settleRecentVerification(false)}>
              Cancel
            </Button>
          }
        />
      )}
    </InfoDialog>
  );
}
