// The initials button top right and its menu: who is signed in, the appearance, the language
// and Log out (docs/design.md §1.2, §3).
import { DropdownMenu } from "radix-ui";
import { useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { DesktopNotice } from "../../../components/DesktopNotice.tsx";
import { LogOutIcon } from "../../../components/Icons.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { initialsOf } from "../../../lib/initials.ts";
import type { Me } from "../../../lib/types.ts";
import { useSession } from "../../../stores/session.ts";
import { portalMessages as m } from "../messages.ts";
import { DesktopDialogs, DesktopMenuItems, useDesktopPlatform } from "./DesktopMenuItems.tsx";
import { LanguageMenuItems } from "./LanguageMenuItems.tsx";
import { ThemeMenuItems } from "./ThemeMenuItems.tsx";

export function AccountMenu({
  me,
  onSignOut,
  reverification,
}: {
  me: Me;
  onSignOut: () => void;
  /** The re-verification line (device login's), given what to call when it fails. */
  reverification?: (onFailed: (message: string) => void) => ReactNode;
}) {
  const intl = useIntl();
  const describeError = useErrorText();
  const platform = useDesktopPlatform();
  const [shown, setShown] = useState<"none" | "about" | "updates">("none");
  const [verifyFailure, setVerifyFailure] = useState<string>();
  const [languageFailure, setLanguageFailure] = useState<unknown>();
  return (
    <>
      {/* Non-modal: a modal menu would inject a scroll-lock <style> tag that our CSP forbids. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          className="avatar-button"
          // The name starts with the visible initials (WCAG 2.5.3 label in name).
          aria-label={intl.formatMessage(m.accountMenu, {
            initials: initialsOf(me),
            name: me.displayName,
          })}
        >
          <span translate="no" dir="auto">
            {initialsOf(me)}
          </span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={8}>
            <div className="menu-identity">
              <span className="avatar avatar-large" aria-hidden="true" translate="no" dir="auto">
                {initialsOf(me)}
              </span>
              <span className="menu-identity-text" translate="no" dir="auto">
                <span className="menu-name">{me.displayName}</span>
                <span className="menu-email" dir="ltr">
                  {me.email}
                </span>
              </span>
            </div>
            <DropdownMenu.Separator className="menu-separator" />
            {reverification?.(setVerifyFailure)}
            <DropdownMenu.Separator className="menu-separator" />
            {platform !== undefined && (
              <>
                <DesktopMenuItems onShow={setShown} />
                <DropdownMenu.Separator className="menu-separator" />
              </>
            )}
            <ThemeMenuItems />
            <DropdownMenu.Separator className="menu-separator" />
            <LanguageMenuItems
              me={me}
              onSaved={(updated) => useSession.getState().updateMe(updated)}
              onFailed={setLanguageFailure}
            />
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item className="menu-item" onSelect={onSignOut}>
              <LogOutIcon size={18} />
              <FormattedMessage {...m.logOut} />
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <DesktopNotice message={verifyFailure} onDismiss={() => setVerifyFailure(undefined)} />
      <DesktopNotice
        message={
          languageFailure === undefined
            ? undefined
            : intl.formatMessage(m.languageFailed, { problem: describeError(languageFailure) })
        }
        onDismiss={() => setLanguageFailure(undefined)}
      />
      {platform !== undefined && (
        <DesktopDialogs shown={shown} platform={platform} onClose={() => setShown("none")} />
      )}
    </>
  );
}
