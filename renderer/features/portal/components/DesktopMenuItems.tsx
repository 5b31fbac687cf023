// The account menu's desktop-only items (docs/design.md §1.2): About and Check for updates.
// Rendered only when the desktop bridge is present; each opens a small dialog with a plain answer.
import { DropdownMenu } from "radix-ui";
import { useEffect, useState } from "react";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { checkForUpdates, desktopPlatform, osNames } from "../../../lib/desktop.ts";
import type { PlatformInfo, UpdateCheckResult } from "../../../../preload/contract.ts";

type Shown = "none" | "about" | "updates";
type UpdateState =
  | { state: "checking" }
  | { state: "done"; result: UpdateCheckResult }
  | { state: "failed"; message: string };

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
        About Gatehouse
      </DropdownMenu.Item>
      <DropdownMenu.Item className="menu-item" onSelect={() => onShow("updates")}>
        Check for updates
      </DropdownMenu.Item>
    </>
  );
}

export function DesktopDialogs(props: {
  shown: Shown;
  platform: PlatformInfo;
  onClose: () => void;
}) {
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
          : { state: "failed", message: answer.error.message },
      ),
    );
  }, [props.shown]);

  return (
    <>
      <InfoDialog title="About Gatehouse" open={props.shown === "about"} onClose={props.onClose}>
        <dl className="detail-list">
          <div className="detail-row">
            <dt>Version</dt>
            <dd>{props.platform.appVersion}</dd>
          </div>
          <div className="detail-row">
            <dt>System</dt>
            <dd>{osNames[props.platform.os]}</dd>
          </div>
          <div className="detail-row">
            <dt>Updates</dt>
            <dd>
              {props.platform.updates.enabled
                ? "Automatic (installed when you quit the app)"
                : props.platform.updates.reason}
            </dd>
          </div>
          <div className="detail-row">
            <dt>Portal</dt>
            <dd>
              {props.platform.bundledServer
                ? `Demo server on this computer (${window.location.host})`
                : window.location.host}
            </dd>
          </div>
        </dl>
      </InfoDialog>
      <InfoDialog
        title="Check for updates"
        open={props.shown === "updates"}
        onClose={props.onClose}
      >
        <p role="status">{describeUpdate(update)}</p>
      </InfoDialog>
    </>
  );
}

function describeUpdate(update: UpdateState): string {
  switch (update.state) {
    case "checking":
      return "Checking for updates…";
    case "failed":
      return `Could not check for updates. ${update.message}`;
    case "done":
      switch (update.result.status) {
        case "up-to-date":
          return `Gatehouse ${update.result.currentVersion} is the latest version.`;
        case "available":
          return `Gatehouse ${update.result.availableVersion} is downloading and will be installed when you quit the app (you have ${update.result.currentVersion}).`;
        case "disabled":
          return update.result.reason;
      }
  }
}
