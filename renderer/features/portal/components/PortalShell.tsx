// The signed-in frame: top bar with the account menu, left navigation, and the current page.
// Each time the address changes (and after sign-in) focus moves to the page's heading, so a
// screen reader starts reading the new page and Tab continues from there.
import { useEffect, type ReactNode } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import {
  ApproveIcon,
  AppsIcon,
  ProfileIcon,
  RequestIcon,
  ShieldIcon,
} from "../../../components/Icons.tsx";
import { Logo } from "../../../components/Logo.tsx";
import type { Me } from "../../../lib/types.ts";
import type { PortalPage } from "../../../stores/router.ts";
import { portalMessages as m } from "../messages.ts";
import { navMessages } from "../nav-messages.ts";
import { AccountMenu } from "./AccountMenu.tsx";

const navigation: { page: PortalPage; label: MessageDescriptor; icon: ReactNode }[] = [
  { page: "applications", label: m.applications, icon: <AppsIcon /> },
  { page: "requests", label: m.requests, icon: <RequestIcon /> },
  { page: "approvals", label: m.approvals, icon: <ApproveIcon /> },
  { page: "profile", label: m.profile, icon: <ProfileIcon /> },
  { page: "security", label: m.security, icon: <ShieldIcon /> },
];

export function PortalShell(props: {
  me: Me;
  page: PortalPage;
  pathname: string;
  onNavigate: (page: PortalPage) => void;
  onSignOut: () => void;
  /** Passed on to the account menu: another feature's re-verification line. */
  reverification?: (onFailed: (message: string) => void) => ReactNode;
  /** Requests waiting for this user's decision; undefined hides "To approve" (not an approver). */
  approvalsWaiting?: number | undefined;
  /** For admins: opens the admin console. */
  onOpenConsole?: () => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  useEffect(() => {
    document.querySelector<HTMLElement>("#main h1")?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [props.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <FormattedMessage {...m.skipToContent} />
      </a>
      <header className="topbar">
        <Logo />
        <div className="topbar-actions">
          {props.me.role === "admin" && (
            <a
              className="button button-secondary"
              href="/admin/users"
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
                  return;
                }
                event.preventDefault();
                props.onOpenConsole?.();
              }}
            >
              <FormattedMessage {...m.openConsole} />
            </a>
          )}
          <AccountMenu
            me={props.me}
            onSignOut={props.onSignOut}
            reverification={props.reverification}
          />
        </div>
      </header>
      <nav className="sidenav" aria-label={intl.formatMessage(m.navigationLabel)}>
        <ul>
          {navigation
            .filter(({ page }) => page !== "approvals" || props.approvalsWaiting !== undefined)
            .map(({ page, label, icon }) => (
              <li key={page}>
                <a
                  href={`/${page}`}
                  className="sidenav-link"
                  aria-current={props.page === page ? "page" : undefined}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
                      return;
                    }
                    event.preventDefault();
                    props.onNavigate(page);
                  }}
                >
                  {icon}
                  <span>
                    <FormattedMessage {...label} />
                  </span>
                  {page === "approvals" && (props.approvalsWaiting ?? 0) > 0 && (
                    <>
                      <span className="badge sidenav-count" aria-hidden="true">
                        {intl.formatNumber(props.approvalsWaiting ?? 0)}
                      </span>
                      <span className="visually-hidden">
                        <FormattedMessage
                          {...navMessages.approvalsWaiting}
                          values={{ count: props.approvalsWaiting }}
                        />
                      </span>
                    </>
                  )}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
