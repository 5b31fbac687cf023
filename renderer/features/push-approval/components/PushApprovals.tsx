// Where the desktop app's approvals live in the page (issue 17): only the desktop app approves
// sign-ins and app launches, so the dialog and its long poll load there only, as a chunk of
// their own — in a browser this is nothing, and the sign-in route's initial JavaScript carries
// none of it.
import { lazy, Suspense } from "react";
import { isDesktopApp } from "../../../lib/desktop.ts";

const PushApprovalDialog = lazy(async () => ({
  default: (await import("./PushApprovalDialog.tsx")).PushApprovalDialog,
}));

export function PushApprovals() {
  return isDesktopApp() ? (
    <Suspense fallback={null}>
      <PushApprovalDialog />
    </Suspense>
  ) : null;
}
