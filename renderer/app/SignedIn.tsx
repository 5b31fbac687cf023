// The signed-in screens: a forced password change, MFA enrollment, or the portal or admin
// console page the address names. Loaded on demand by app/App.tsx, so the sign-in page never downloads them.
import { useState } from "react";
import type { ConsolePage } from "../features/admin/routes.ts";
import { RecentVerificationDialog } from "../features/auth/components/RecentVerificationDialog.tsx";
import { MfaEnrollmentPage } from "../features/mfa/components/MfaEnrollmentPage.tsx";
import { ForcedChangePage } from "../features/password/components/ForcedChangePage.tsx";
import type { SecuritySection } from "../features/security/sections.ts";
import type { Me } from "../lib/types.ts";
import type { PortalPage } from "../stores/router.ts";
import { AdminPages } from "./AdminPages.tsx";
import { PortalPages } from "./PortalPages.tsx";

/** The enrollment deadline the user chose to skip for now, for this browser tab. */
const skippedEnrollmentKey = "gatehouse.mfa-enrollment-skipped";

export function SignedIn(props: {
  me: Me;
  page: PortalPage;
  /** The console page, for an admin at a console address. */
  consolePage: ConsolePage | undefined;
  section: SecuritySection;
  pathname: string;
  navigate: (pathname: string) => void;
  reload: () => void;
  signOut: () => void;
}) {
  const { me, reload, signOut } = props;
  const [skippedDeadline, setSkippedDeadline] = useState(
    () => sessionStorage.getItem(skippedEnrollmentKey) ?? undefined,
  );
  if (me.mustChangePassword) {
    return <ForcedChangePage me={me} onChanged={reload} onSignOut={signOut} />;
  }
  const enrollment = me.mfaEnrollment;
  const prompt = <RecentVerificationDialog email={me.email} onSessionEnded={reload} />;
  if (enrollment !== null && (enrollment.required || skippedDeadline !== enrollment.deadline)) {
    return (
      <>
        <MfaEnrollmentPage
          me={me}
          onEnrolled={reload}
          onSkipped={() => {
            sessionStorage.setItem(skippedEnrollmentKey, enrollment.deadline);
            setSkippedDeadline(enrollment.deadline);
          }}
          onSignOut={signOut}
        />
        {prompt}
      </>
    );
  }
  if (props.consolePage !== undefined) {
    return (
      <AdminPages
        me={me}
        page={props.consolePage}
        pathname={props.pathname}
        navigate={props.navigate}
        onSignOut={signOut}
        prompt={prompt}
      />
    );
  }
  return (
    <PortalPages
      me={me}
      page={props.page}
      section={props.section}
      pathname={props.pathname}
      navigate={props.navigate}
      onSessionChanged={reload}
      onSignOut={signOut}
      prompt={prompt}
    />
  );
}
