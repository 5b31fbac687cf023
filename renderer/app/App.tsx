// Top of the portal: loads the session, then shows the sign-in screen or the portal page the
// address asks for.
import { useEffect } from "react";
import { Button } from "../components/Button.tsx";
import { LogoMark } from "../components/Logo.tsx";
import { LoginPage } from "../features/auth/components/LoginPage.tsx";
import { ApplicationsPage } from "../features/applications/components/ApplicationsPage.tsx";
import { PortalShell } from "../features/portal/components/PortalShell.tsx";
import { ProfilePage } from "../features/profile/components/ProfilePage.tsx";
import { SecurityPage } from "../features/security/components/SecurityPage.tsx";
import { pageFromPath, useRouter } from "../stores/router.ts";
import { useSession } from "../stores/session.ts";

export function App() {
  const session = useSession();
  const { pathname, navigate } = useRouter();

  useEffect(() => {
    void useSession.getState().loadSession();
  }, []);

  const page = pageFromPath(pathname);
  useEffect(() => {
    if (session.status === "signed-out" && pathname !== "/login") {
      navigate("/login", { replace: true });
    }
    if (session.status === "signed-in" && page === undefined) {
      navigate("/applications", { replace: true });
    }
  }, [session.status, pathname, page, navigate]);

  useEffect(() => {
    const titles = { applications: "Applications", profile: "Profile", security: "Security" };
    document.title =
      session.status === "signed-in" && page !== undefined
        ? `${titles[page]} · Gatehouse`
        : "Sign in · Gatehouse";
  }, [session.status, page]);

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
      return <LoginPage onSignedIn={session.loadSession} />;
    case "signed-in":
      return (
        <PortalShell
          me={session.me}
          page={page ?? "applications"}
          onNavigate={(target) => navigate(`/${target}`)}
          onSignOut={() => void session.signOut()}
        >
          {page === "profile" ? (
            <ProfilePage me={session.me} />
          ) : page === "security" ? (
            <SecurityPage me={session.me} />
          ) : (
            <ApplicationsPage />
          )}
        </PortalShell>
      );
  }
}
