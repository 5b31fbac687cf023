// The admin console's frame: its own top bar (the console's name, "My portal" back to the
// employee portal, the account menu) and navigation, in the portal's design. Focus moves to the
// page heading whenever the address changes, as in the portal.
import { useEffect, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Logo } from "../../../components/Logo.tsx";
import { consoleMessages as m } from "../messages.ts";
import { consoleSections, type ConsolePage } from "../routes.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import "../admin.css";
import "../console-forms.css";
import "../policies.css";
import "../settings.css";

/** The navigation entry a page belongs to. */
const sectionOf: Record<ConsolePage["page"], (typeof consoleSections)[number]["page"]> = {
  users: "users",
  user: "users",
  import: "users",
  groups: "groups",
  group: "groups",
  apps: "apps",
  newApp: "apps",
  app: "apps",
  requests: "requests",
  policies: "policies",
  devices: "devices",
  audit: "audit",
  tokens: "tokens",
  webhooks: "webhooks",
  settings: "settings",
};

export function AdminShell(props: {
  page: ConsolePage;
  pathname: string;
  navigate: (pathname: string) => void;
  accountMenu: ReactNode;
  children: ReactNode;
}) {
  const intl = useIntl();
  useEffect(() => {
    document.querySelector<HTMLElement>("#main h1")?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [props.pathname]);
  const current = sectionOf[props.page.page];

  return (
    <div className="shell console">
      <a className="skip-link" href="#main">
        <FormattedMessage {...m.skipToContent} />
      </a>
      <header className="topbar">
        <div className="console-brand">
          <Logo />
          <span className="console-badge">
            <FormattedMessage {...m.console} />
          </span>
        </div>
        <div className="console-topbar-actions">
          <ConsoleLink
            className="button button-secondary"
            href="/applications"
            navigate={props.navigate}
          >
            <FormattedMessage {...m.myPortal} />
          </ConsoleLink>
          {props.accountMenu}
        </div>
      </header>
      <nav className="sidenav" aria-label={intl.formatMessage(m.console)}>
        <ul>
          {consoleSections.map(({ page, path }) => (
            <li key={page}>
              <ConsoleLink
                href={path}
                className="sidenav-link"
                aria-current={current === page ? "page" : undefined}
                navigate={props.navigate}
              >
                <span>
                  <FormattedMessage {...m[page]} />
                </span>
              </ConsoleLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content content-wide" tabIndex={-1}>
        {props.children}
      </main>
    </div>
  );
}
