// The signed-in portal: the shell with the page the address names, the banners that concern
// every page (MFA enrollment deadline, password expiring soon) and the recent-verification
// prompt for security changes. Features do not import each other: the cards and menu lines one
// feature shows on another's page are composed in here (docs/design.md §9).
import { useEffect, type ReactNode } from "react";
import { ApplicationsPage } from "../features/applications/components/ApplicationsPage.tsx";
import { DeviceLoginCard } from "../features/device-login/components/DeviceLoginCard.tsx";
import { ReverificationMenuItem } from "../features/device-login/components/ReverificationMenuItem.tsx";
import { ConnectKeyCard } from "../features/devices/components/ConnectKeyCard.tsx";
import { DevicesCard } from "../features/devices/components/DevicesCard.tsx";
import { EnrollmentDeadlineBanner } from "../features/mfa/components/EnrollmentDeadlineBanner.tsx";
import { MfaCard } from "../features/mfa/components/MfaCard.tsx";
import { PasswordCard } from "../features/password/components/PasswordCard.tsx";
import { PasswordExpiryBanner } from "../features/password/components/PasswordExpiryBanner.tsx";
import { PushFactorCard } from "../features/push-factor/components/PushFactorCard.tsx";
import { PortalShell } from "../features/portal/components/PortalShell.tsx";
import { ProfilePage } from "../features/profile/components/ProfilePage.tsx";
import { ApprovalsPage } from "../features/requests/components/ApprovalsPage.tsx";
import { RequestsPage } from "../features/requests/components/RequestsPage.tsx";
import { useRequests } from "../features/requests/store.ts";
import { SecurityPage } from "../features/security/components/SecurityPage.tsx";
import type { SecuritySection } from "../features/security/sections.ts";
import { onDesktopDeepLink } from "../lib/desktop.ts";
import type { Me } from "../lib/types.ts";
import type { PortalPage } from "../stores/router.ts";

export function PortalPages(props: {
  me: Me;
  page: PortalPage;
  section: SecuritySection;
  pathname: string;
  navigate: (pathname: string) => void;
  onSessionChanged: () => void;
  onSignOut: () => void;
  prompt: ReactNode;
}) {
  const { me, page, navigate } = props;
  const enrollment = me.mfaEnrollment;
  const approvalsWaiting = useApprovalsWaiting(me, page);
  useOpenApprovalsFromDesktop(navigate);
  return (
    <PortalShell
      me={me}
      page={page}
      pathname={props.pathname}
      onNavigate={(target) => navigate(`/${target}`)}
      approvalsWaiting={approvalsWaiting}
      onSignOut={props.onSignOut}
      onOpenConsole={() => navigate("/admin/users")}
      reverification={(onFailed) => <ReverificationMenuItem me={me} onFailed={onFailed} />}
    >
      {enrollment !== null && page !== "security" && (
        <EnrollmentDeadlineBanner
          deadline={enrollment.deadline}
          onSetUp={() => navigate("/security")}
        />
      )}
      {!(page === "security" && props.section === "sign-in") && (
        <PasswordExpiryBanner me={me} onChange={() => navigate("/security")} />
      )}
      {page === "profile" ? (
        <ProfilePage me={me} />
      ) : page === "requests" ? (
        <RequestsPage />
      ) : page === "approvals" ? (
        <ApprovalsPage userId={me.id} />
      ) : page === "security" ? (
        <SecurityPage
          me={me}
          section={props.section}
          onNavigate={navigate}
          devices={
            <>
              <DeviceLoginCard />
              <DevicesCard />
              <ConnectKeyCard />
            </>
          }
        >
          <PasswordCard me={me} onChanged={props.onSessionChanged} />
          <MfaCard email={me.email} onFactorChanged={props.onSessionChanged} />
          <PushFactorCard onFactorChanged={props.onSessionChanged} />
        </SecurityPage>
      ) : (
        <ApplicationsPage />
      )}
      {props.prompt}
    </PortalShell>
  );
}

/**
 * How many requests wait for this user's decision, or undefined for someone who is no approver:
 * "To approve" shows for anyone with something waiting, for admins (who decide the steps nobody
 * else can), and on its own address.
 */
function useApprovalsWaiting(me: Me, page: PortalPage): number | undefined {
  const toApprove = useRequests((state) => state.toApprove);
  useEffect(() => {
    void useRequests.getState().loadToApprove();
  }, []);
  const count = toApprove.status === "loaded" ? toApprove.value.length : 0;
  return count > 0 || me.role === "admin" || page === "approvals" ? count : undefined;
}

/**
 * The desktop app's notification of an access request clicked (main/core/approval-notification.ts,
 * or a gatehouse://approvals link): the To approve list, read afresh, where approving asks for a
 * recent verification as ever. A no-op in a browser.
 */
function useOpenApprovalsFromDesktop(navigate: (pathname: string) => void): void {
  useEffect(
    () =>
      onDesktopDeepLink((link) => {
        if (link.kind === "open-approvals") {
          navigate("/approvals");
          void useRequests.getState().loadToApprove();
        }
      }),
    [navigate],
  );
}
