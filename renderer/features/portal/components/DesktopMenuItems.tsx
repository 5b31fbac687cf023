// The account menu's desktop-only items (docs/design.md §1.2): About and Check for updates.
// Rendered only when the desktop bridge is present; each opens a small dialog with a plain answer.
import { DropdownMenu } from "radix-ui";
import { useEffect, useState } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { checkForUpdates, desktopPlatform, osNames } from "../../../lib/desktop.ts";
import { errorText } from "../../../lib/error-messages.ts";
import type { BridgeError, PlatformInfo, UpdateCheckResult } from "../../../../preload/contract.ts";
import { portalMessages as m } from "../messages.ts";

type Shown = "none" | "about" | "updates";
type UpdateState =
  | { state: "checking" }
  | { state: "done"; result: UpdateCheckResult }
  | { state: "failed"; error: BridgeError };

export function useDesktopPlatform(): PlatformInfo | undefined {
  const [platform, setPlatform] = useState<PlatformInfo>();
  useEffect(() => {
    void desktopPlatform().then(setPlatform);
  }, []);
  return platform;
}

export function DesktopMenuItems({ onShow }: { onShow: (shown: Exclude<Shown, "none">) => void }) {
  return (
    <>
      <DropdownMenu.Item className="menu-item" onSelect={() => onShow("about")}>
        <FormattedMessage {...m.aboutTitle} />
      </DropdownMenu.Item>
      <DropdownMenu.Item className="menu-item" onSelect={() => onShow("updates")}>
        <FormattedMessage {...m.checkUpdates} />
      </DropdownMenu.Item>
    </>
  );
}

export function DesktopDialogs(props: {
  shown: Shown;
  platform: PlatformInfo;
  onClose: () => void;
}) {
  const intl = useIntl();
  const [update, setUpdate] = useState<UpdateState>({ state: "checking" });

  useEffect(() => {
    if (props.shown !== "updates") {
      return;
    }
    setUpdate({ state: "checking" });
    void checkForUpdates().then((answer) =>
      setUpdate(
        answer.ok
          ? { state: "done", result: answer.value }
          : { state: "failed", error: answer.error },
      ),
    );
  }, [props.shown]);

  return (
    <>
      <InfoDialog
        title={intl.formatMessage(m.aboutTitle)}
        open={props.shown === "about"}
        onClose={props.onClose}
      >
        <dl className="detail-list">
          <div className="detail-row">
            <dt>
              <FormattedMessage {...m.version} />
            </dt>
            <dd translate="no">{props.platform.appVersion}</dd>
          </div>
          <div className="detail-row">
            <dt>
              <FormattedMessage {...m.system} />
            </dt>
            <dd translate="no">{osNames[props.platform.os]}</dd>
          </div>
          <div className="detail-row">
            <dt>
              <FormattedMessage {...m.updates} />
            </dt>
            <dd>
              {props.platform.updates.enabled ? (
                <FormattedMessage {...m.updatesAutomatic} />
              ) : (
                // The desktop app says why, in the language the portal told it (main/core).
                props.platform.updates.reason
              )}
            </dd>
          </div>
          <div className="detail-row">
            <dt>
              <FormattedMessage {...m.portal} />
            </dt>
            <dd>
              {props.platform.bundledServer ? (
                <FormattedMessage {...m.demoServer} values={{ host: window.location.host }} />
              ) : (
                <span translate="no">{window.location.host}</span>
              )}
            </dd>
          </div>
        </dl>
      </InfoDialog>
      <InfoDialog
        title={intl.formatMessage(m.checkUpdates)}
        open={props.shown === "updates"}
        onClose={props.onClose}
      >
        <p role="status">{describeUpdate(intl, update)}</p>
      </InfoDialog>
    </>
  );
}

function describeUpdate(intl: IntlShape, update: UpdateState): string {
  switch (update.state) {
    case "checking":
      return intl.formatMessage(m.checking);
    case "failed":
      return intl.formatMessage(m.checkFailed, { problem: errorText(intl, update.error) });
    case "done":
      switch (update.result.status) {
        case "up-to-date":
          return intl.formatMessage(m.upToDate, { version: update.result.currentVersion });
        case "available":
          return intl.formatMessage(m.available, {
            available: update.result.availableVersion,
            current: update.result.currentVersion,
          });
        case "disabled":
          return update.result.reason;
      }
  }
}
