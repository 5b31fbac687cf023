// Top of the portal: loads the session, then shows the sign-in screens, a re-verification,
// forced password change or MFA enrollment when the server asks for one, or the portal page the
// address names — with the recent-verification prompt ready for security changes.
import { useEffect, useState } from "react";
import { Button } from "../components/Button.tsx";
import { LogoMark } from "../components/Logo.tsx";
import { ForgotPasswordPage } from "../features/auth/components/ForgotPasswordPage.tsx";
import { LoginPage } from "../features/auth/components/LoginPage.tsx";
import { RecentVerificationDialog } from "../features/auth/components/RecentVerificationDialog.tsx";
import { ReverifyPage } from "../features/auth/components/ReverifyPage.tsx";
import { useLogin } from "../features/auth/store.ts";
import { DeviceLoginButton } from "../features/device-login/components/DeviceLoginButton.tsx";
import { DeviceLoginCard } from "../features/device-login/components/DeviceLoginCard.tsx";
import { PasskeyReverifyGate } from "../features/device-login/components/PasskeyReverifyGate.tsx";
import { ReverificationMenuItem } from "../features/device-login/components/ReverificationMenuItem.tsx";
import { ConnectKeyCard } from "../features/devices/components/ConnectKeyCard.tsx";
import { DevicesCard } from "../features/devices/components/DevicesCard.tsx";
import { ApplicationsPage } from "../features/applications/components/ApplicationsPage.tsx";
import { EnrollmentDeadlineBanner } from "../features/mfa/components/EnrollmentDeadlineBanner.tsx";
import { MfaCard } from "../features/mfa/components/MfaCard.tsx";
import { MfaEnrollmentPage } from "../features/mfa/components/MfaEnrollmentPage.tsx";
import { ForcedChangePage } from "../features/password/components/ForcedChangePage.tsx";
import { PasswordCard } from "../features/password/components/PasswordCard.tsx";
import {
  readResetToken,
  ResetPasswordPage,
} from "../features/password/components/ResetPasswordPage.tsx";
import { PortalShell } from "../features/portal/components/PortalShell.tsx";
import { ProfilePage } from "../features/profile/components/ProfilePage.tsx";
import { SecurityPage } from "../features/security/components/SecurityPage.tsx";
import { pageFromPath, useRouter } from "../stores/router.ts";
import { useSession } from "../stores/session.ts";
import { useReverificationWatch } from "./use-reverification-watch.ts";

const signedOutPaths = new Set(["/login", "/forgot-password", "/reset-password"]);
/** The enrollment deadline the user chose to skip for now, for this browser tab. */
const skippedEnrollmentKey = "gatehouse.mfa-enrollment-skipped";

export function App() {
  const session = useSession();
  const { pathname, navigate } = useRouter();
  const [skippedDeadline, setSkippedDeadline] = useState(
    () => sessionStorage.getItem(skippedEnrollmentKey) ?? undefined,
  );

  useEffect(() => {
    void useSession.getState().loadSession();
  }, []);
  useReverificationWatch(
    session.status === "signed-in" ? session.me.session.reverifyAt : undefined,
  );

  const page = pageFromPath(pathname);
  useEffect(() => {
    if (session.status === "signed-out" && !signedOutPaths.has(pathname)) {
      navigate("/login", { replace: true });
    }
    if (session.status === "signed-in" && page === undefined && pathname !== "/reset-password") {
      navigate("/applications", { replace: true });
    }
  }, [session.status, pathname, page, navigate]);

  useEffect(() => {
    const titles = { applications: "Applications", profile: "Profile", security: "Security" };
    document.title =
      session.status === "signed-in" && page !== undefined
        ? `${titles[page]} · Gatehouse`
        : pathname === "/reset-password"
          ? "Reset password · Gatehouse"
          : session.status === "reverify"
            ? "Confirm it’s you · Gatehouse"
            : "Sign in · Gatehouse";
  }, [session.status, page, pathname]);

  if (pathname === "/reset-password" && session.status !== "loading") {
    return (
      <ResetPasswordPage
        token={readResetToken(window.location.hash)}
        onDone={() => {
          window.history.replaceState(null, "", "/login"); // drop the token from the address
          void session.loadSession();
          navigate("/login", { replace: true });
        }}
      />
    );
  }

  switch (session.status) {
    case "loading":
      return (
        <div className="splash" role="status" aria-label="Loading the portal">
          <LogoMark size={40} />
        </div>
      );
    case "error":
      return (
        <div className="splash">
          <div className="splash-message" role="alert">
            <h1>We can’t reach Gatehouse right now</h1>
            <p>{session.error.message}</p>
            <Button onClick={() => void session.loadSession()}>Try again</Button>
          </div>
        </div>
      );
    case "signed-out":
      return pathname === "/forgot-password" ? (
        <ForgotPasswordPage
          initialEmail={useLogin.getState().email}
          onBack={() => navigate("/login")}
        />
      ) : (
        <LoginPage
          onSignedIn={session.loadSession}
          onForgotPassword={() => navigate("/forgot-password")}
          deviceLogin={<DeviceLoginButton onSignedIn={session.loadSession} />}
        />
      );
    case "reverify":
      return (
        <PasskeyReverifyGate
          email={session.email}
          onVerified={session.loadSession}
          fallback={
            <ReverifyPage
              email={session.email}
              onVerified={session.loadSession}
              onSignOut={() => void session.signOut()}
            />
          }
        />
      );
    case "signed-in": {
      if (session.me.mustChangePassword) {
        return (
          <ForcedChangePage
            me={session.me}
            onChanged={() => void session.loadSession()}
            onSignOut={() => void session.signOut()}
          />
        );
      }
      const enrollment = session.me.mfaEnrollment;
      const prompt = (
        <RecentVerificationDialog
          email={session.me.email}
          onSessionEnded={() => void session.loadSession()}
        />
      );
      if (enrollment !== null && (enrollment.required || skippedDeadline !== enrollment.deadline)) {
        return (
          <>
            <MfaEnrollmentPage
              me={session.me}
              onEnrolled={() => void session.loadSession()}
              onSkipped={() => {
                sessionStorage.setItem(skippedEnrollmentKey, enrollment.deadline);
                setSkippedDeadline(enrollment.deadline);
              }}
              onSignOut={() => void session.signOut()}
            />
            {prompt}
          </>
        );
      }
      return (
        <PortalShell
          me={session.me}
          page={page ?? "applications"}
          onNavigate={(target) => navigate(`/${target}`)}
          onSignOut={() => void session.signOut()}
          reverification={(onFailed) => (
            <ReverificationMenuItem me={session.me} onFailed={onFailed} />
          )}
        >
          {enrollment !== null && page !== "security" && (
            <EnrollmentDeadlineBanner
              deadline={enrollment.deadline}
              onSetUp={() => navigate("/security")}
            />
          )}
          {page === "profile" ? (
            <ProfilePage me={session.me} />
          ) : page === "security" ? (
            <SecurityPage
              me={session.me}
              deviceLogin={<DeviceLoginCard />}
              devices={<DevicesCard />}
              connectKey={<ConnectKeyCard />}
            >
              <PasswordCard me={session.me} onChanged={() => void session.loadSession()} />
              <MfaCard
                email={session.me.email}
                onFactorChanged={() => void session.loadSession()}
              />
            </SecurityPage>
          ) : (
            <ApplicationsPage />
          )}
          {prompt}
        </PortalShell>
      );
    }
  }
}
