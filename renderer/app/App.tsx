// Top of the portal: loads the session, then shows the sign-in screens, a re-verification,
// forced password change or MFA enrollment when the server asks for one, or the portal page the
// address names (app/PortalPages.tsx).
import { useEffect, useState } from "react";
import { Button } from "../components/Button.tsx";
import { LogoMark } from "../components/Logo.tsx";
import { ForgotPasswordPage } from "../features/auth/components/ForgotPasswordPage.tsx";
import { LoginPage } from "../features/auth/components/LoginPage.tsx";
import { RecentVerificationDialog } from "../features/auth/components/RecentVerificationDialog.tsx";
import { ReverifyPage } from "../features/auth/components/ReverifyPage.tsx";
import { useLogin } from "../features/auth/store.ts";
import { DeviceLoginButton } from "../features/device-login/components/DeviceLoginButton.tsx";
import { PasskeyReverifyGate } from "../features/device-login/components/PasskeyReverifyGate.tsx";
import { MfaEnrollmentPage } from "../features/mfa/components/MfaEnrollmentPage.tsx";
import { ForcedChangePage } from "../features/password/components/ForcedChangePage.tsx";
import {
  readResetToken,
  ResetPasswordPage,
} from "../features/password/components/ResetPasswordPage.tsx";
import { securitySectionFromPath, securitySections } from "../features/security/sections.ts";
import { pageFromPath, useRouter } from "../stores/router.ts";
import { useSession } from "../stores/session.ts";
import { consolePageFromPath, consoleTitle, isConsolePath } from "../features/admin/routes.ts";
import { AdminPages } from "./AdminPages.tsx";
import { PortalPages } from "./PortalPages.tsx";
import { useReverificationWatch } from "./use-reverification-watch.ts";

const signedOutPaths = new Set(["/login", "/forgot-password", "/reset-password"]);
/** The enrollment deadline the user chose to skip for now, for this browser tab. */
const skippedEnrollmentKey = "gatehouse.mfa-enrollment-skipped";

export function App() {
  const session = useSession();
  const { pathname, navigate } = useRouter();
  const [openConsole, setOpenConsole] = useState(false);
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
  const section = page === "security" ? securitySectionFromPath(pathname) : undefined;
  const isAdmin = session.status === "signed-in" && session.me.role === "admin";
  // The console is for admins; the server refuses its calls to anyone else whatever this shows.
  const consolePage =
    isAdmin && isConsolePath(pathname) ? consolePageFromPath(pathname) : undefined;
  useEffect(() => {
    if (session.status === "signed-out" && !signedOutPaths.has(pathname)) {
      navigate("/login", { replace: true });
    }
    if (isAdmin && isConsolePath(pathname) && consolePage === undefined) {
      navigate("/admin/users", { replace: true }); // /admin, or a console address it does not know
      return;
    }
    if (
      session.status === "signed-in" &&
      page === undefined &&
      consolePage === undefined &&
      pathname !== "/reset-password"
    ) {
      navigate(openConsole && isAdmin ? "/admin/users" : "/applications", { replace: true });
      setOpenConsole(false);
    }
    if (session.status === "signed-in" && page === "security" && section === undefined) {
      navigate("/security", { replace: true }); // an unknown section: the first one
    }
  }, [session.status, pathname, page, section, navigate, isAdmin, consolePage, openConsole]);

  useEffect(() => {
    const titles = { applications: "Applications", profile: "Profile", security: "Security" };
    const sectionLabel = securitySections.find(({ id }) => id === section && id !== "sign-in");
    document.title =
      consolePage !== undefined
        ? `${consoleTitle(consolePage)} · Admin console · Gatehouse`
        : session.status === "signed-in" && page !== undefined
          ? `${sectionLabel === undefined ? "" : `${sectionLabel.label} · `}${titles[page]} · Gatehouse`
          : pathname === "/reset-password"
            ? "Reset password · Gatehouse"
            : session.status === "reverify"
              ? "Confirm it’s you · Gatehouse"
              : "Sign in · Gatehouse";
  }, [session.status, page, section, pathname, consolePage]);

  if (pathname === "/reset-password" && session.status !== "loading") {
    return (
      <ResetPasswordPage
        token={readResetToken(window.location.hash)}
        // Replacing the address also drops the token in its fragment from the history.
        onDone={() => {
          navigate("/login", { replace: true });
          void session.loadSession();
        }}
        onRequestNewLink={() => {
          navigate("/forgot-password", { replace: true });
          void session.loadSession();
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
          notice={session.notice}
          onSignedIn={async (portal) => {
            // Signing in through "Admin portal" opens the console (the server let only admins in).
            setOpenConsole(portal === "admin");
            await session.loadSession();
          }}
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
      if (consolePage !== undefined) {
        return (
          <AdminPages
            me={session.me}
            page={consolePage}
            pathname={pathname}
            navigate={navigate}
            onSignOut={() => void session.signOut()}
            prompt={prompt}
          />
        );
      }
      return (
        <PortalPages
          me={session.me}
          page={page ?? "applications"}
          section={section ?? "sign-in"}
          pathname={pathname}
          navigate={navigate}
          onSessionChanged={() => void session.loadSession()}
          onSignOut={() => void session.signOut()}
          prompt={prompt}
        />
      );
    }
  }
}
