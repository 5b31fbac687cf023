// What only the desktop app listens for, on every page: its tray's "Verify now" and wake re-checks,
// gatehouse:// links, and sign-ins made elsewhere to approve here. main.tsx loads this module only
// inside the desktop app, so a browser's first download carries none of it.
import { DeepLinkLauncher } from "../features/applications/components/DeepLinkLauncher.tsx";
import { DesktopVerification } from "../features/device-login/components/DesktopVerification.tsx";
import { PushApprovalDialog } from "../features/push-approval/components/PushApprovalDialog.tsx";

export function DesktopListeners() {
  return (
    <>
      <DesktopVerification />
      <DeepLinkLauncher />
      {/* Sign-ins and app launches made elsewhere, approved here with number matching. */}
      <PushApprovalDialog />
    </>
  );
}
