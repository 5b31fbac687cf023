// Security, in sections with their own addresses (sections.ts): password and MFA (composed in
// by the app), devices (device login, enrolled computers and connect key composed in by the app,
// then the desktop app), sessions, SSH keys and the sign-in history.
import { useEffect, useRef, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import type { Me } from "../../../lib/types.ts";
import { securityMessages as m } from "../messages.ts";
import { securitySections, type SecuritySection } from "../sections.ts";
import "../security.css";
import { DesktopAppCard } from "./DesktopAppCard.tsx";
import { HistoryCard } from "./HistoryCard.tsx";
import { SessionsCard } from "./SessionsCard.tsx";
import { SshKeysCard } from "./SshKeysCard.tsx";
import { ThisSessionCard } from "./ThisSessionCard.tsx";

export function SecurityPage(props: {
  me: Me;
  section: SecuritySection;
  onNavigate: (pathname: string) => void;
  /** The password and MFA cards, which belong to their own features. */
  children?: ReactNode;
  /** The device login, enrolled computers and connect key cards, from their own features. */
  devices?: ReactNode;
}) {
  const { me, section } = props;
  const intl = useIntl();
  const navigation = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a narrow screen the tabs scroll sideways: keep the open section's tab in view.
    navigation.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [section]);
  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <nav className="subnav" aria-label={intl.formatMessage(m.sectionsLabel)} ref={navigation}>
        <ul>
          {securitySections.map(({ id, path, label }) => (
            <li key={id}>
              <a
                className="subnav-link"
                href={path}
                aria-current={id === section ? "page" : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
                    return;
                  }
                  event.preventDefault();
                  props.onNavigate(path);
                }}
              >
                <FormattedMessage {...label} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="card-stack">
        {section === "sign-in" && props.children}
        {section === "devices" && (
          <>
            {props.devices}
            <DesktopAppCard />
          </>
        )}
        {section === "sessions" && (
          <>
            <ThisSessionCard me={me} />
            <SessionsCard />
          </>
        )}
        {section === "ssh-keys" && <SshKeysCard email={me.email} />}
        {section === "history" && <HistoryCard />}
      </div>
    </>
  );
}
