// Top of the portal: loads the session, then shows the sign-in screens, a re-verification,
// forced password change or MFA enrollment when the server asks for one, or the portal or
// admin console page the address names (app/SignedIn.tsx, loaded on demand so the sign-in page downloads only what it
// needs: the initial JavaScript budget in scripts/initial-javascript.ts).
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../components/Button.tsx";
import { LogoMark } from "../components/Logo.tsx";
import { consoleMessages } from "../features/admin/messages.ts";
import { consolePageFromPath, isConsolePath } from "../features/admin/routes.ts";
import { LoginPage } from "../features/auth/components/LoginPage.tsx";
import { useLogin } from "../features/auth/store.ts";
import { DeviceLoginButton } from "../features/device-login/components/DeviceLoginButton.tsx";
import { readResetToken } from "../features/password/reset-token.ts";
import { portalMessages } from "../features/portal/messages.ts";
import { securitySectionFromPath, securitySections } from "../features/security/sections.ts";
import { useErrorText } from "../lib/error-messages.ts";
import { applyAccountLocale } from "../stores/locale.ts";
import { pageFromPath, useRouter } from "../stores/router.ts";
import { useSession } from "../stores/session.ts";
import { LoadFailureBoundary } from "../components/LoadFailureBoundary.tsx";
import { loadFailureMessages } from "../components/load-failure-messages.ts";
import { appMessages as m } from "./messages.ts";
import { useReverificationWatch } from "./use-reverification-watch.ts";

const SignedIn = lazy(async () => ({ default: (await import("./SignedIn.tsx")).SignedIn }));
// The sign-in page's neighbours come on demand too: its first paint needs none of them.
const ForgotPasswordPage = lazy(async () => ({
  default: (await import("../features/auth/components/ForgotPasswordPage.tsx")).ForgotPasswordPage,
}));
const ResetPasswordPage = lazy(async () => ({
  default: (await import("../features/password/components/ResetPasswordPage.tsx"))
    .ResetPasswordPage,
}));
const ReverifyPage = lazy(async () => ({
  default: (await import("../features/auth/components/ReverifyPage.tsx")).ReverifyPage,
}));
const PasskeyReverifyGate = lazy(async () => ({
  default: (await import("../features/device-login/components/PasskeyReverifyGate.tsx"))
    .PasskeyReverifyGate,
}));

const signedOutPaths = new Set(["/login", "/forgot-password", "/reset-password"]);

export function App() {
  const intl = useIntl();
  const describeError = useErrorText();
  const session = useSession();
  const { pathname, navigate } = useRouter();
  const [openConsole, setOpenConsole] = useState(false);

  // The user's language choice comes with the account; without one the browser decides.
  const accountLocale = session.status === "signed-in" ? session.me.locale : undefined;
  useEffect(() => {
    if (accountLocale !== undefined) {
      void applyAccountLocale(accountLocale);
    }
  }, [accountLocale]);
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
    const sectionLabel = securitySections.find(({ id }) => id === section && id !== "sign-in");
    const screen =
      session.status === "signed-in" && page !== undefined
        ? portalMessages[page]
        : pathname === "/reset-password"
          ? m.resetPassword
          : session.status === "reverify"
            ? m.confirm
            : m.signIn;
    document.title =
      consolePage !== undefined
        ? intl.formatMessage(m.sectionTitle, {
            section: intl.formatMessage(consoleMessages[consolePage.page]),
            page: intl.formatMessage(consoleMessages.console),
          })
        : sectionLabel === undefined || session.status !== "signed-in"
          ? intl.formatMessage(m.pageTitle, { page: intl.formatMessage(screen) })
          : intl.formatMessage(m.sectionTitle, {
              section: intl.formatMessage(sectionLabel.label),
              page: intl.formatMessage(screen),
            });
  }, [intl, session.status, page, section, pathname, consolePage]);

  if (pathname === "/reset-password" && session.status !== "loading") {
    return (
      <OnDemand label={intl.formatMessage(m.loading)}>
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
      </OnDemand>
    );
  }

  switch (session.status) {
    case "loading":
      return <Splash label={intl.formatMessage(m.loading)} />;
    case "error":
      return (
        <div className="splash">
          <div className="splash-message" role="alert">
            <h1>
              <FormattedMessage {...m.unreachable} />
            </h1>
            <p>{describeError(session.error)}</p>
            <Button onClick={() => void session.loadSession()}>
              <FormattedMessage {...loadFailureMessages.tryAgain} />
            </Button>
          </div>
        </div>
      );
    case "signed-out":
      return pathname === "/forgot-password" ? (
        <OnDemand label={intl.formatMessage(m.loading)}>
          <ForgotPasswordPage
            initialEmail={useLogin.getState().email}
            onBack={() => navigate("/login")}
          />
        </OnDemand>
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
        <OnDemand label={intl.formatMessage(m.loading)}>
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
        </OnDemand>
      );
    case "signed-in":
      return (
        <OnDemand label={intl.formatMessage(m.loading)}>
          <SignedIn
            me={session.me}
            page={page ?? "applications"}
            consolePage={consolePage}
            section={section ?? "sign-in"}
            pathname={pathname}
            navigate={navigate}
            reload={() => void session.loadSession()}
            signOut={() => void session.signOut()}
          />
        </OnDemand>
      );
  }
}

/** A screen loaded on demand: the splash while it downloads, words and a reload if it cannot. */
function OnDemand({ label, children }: { label: string; children: ReactNode }) {
  return (
    <LoadFailureBoundary>
      <Suspense fallback={<Splash label={label} />}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}

function Splash({ label }: { label: string }) {
  return (
    <div className="splash" role="status" aria-label={label}>
      <LogoMark size={40} />
    </div>
  );
}
