// The portal's reminder during the grace period: MFA is required from a date on, and where to
// set it up.
import { ShieldIcon } from "../../../components/Icons.tsx";
import "../mfa.css";
import { formatDate } from "./MfaEnrollmentPage.tsx";

export function EnrollmentDeadlineBanner(props: { deadline: string; onSetUp: () => void }) {
  return (
    <div className="alert alert-info enrollment-banner" role="status">
      <ShieldIcon size={18} />
      <span>
        Your organization requires multi-factor authentication. Set up an authenticator app by{" "}
        <strong>{formatDate(props.deadline)}</strong>, or you will have to before you can continue.{" "}
        <button type="button" className="link-button" onClick={props.onSetUp}>
          Set it up now
        </button>
      </span>
    </div>
  );
}
