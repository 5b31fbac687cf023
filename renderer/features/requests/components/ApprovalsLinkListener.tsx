// In the desktop app, clicking an access request's notification (or a gatehouse://approvals
// link) sends "open-approvals": the portal shows the "To approve" list, read afresh, where
// approving asks for a recent verification as ever (main/core/approval-notification.ts).
import { useEffect } from "react";
import { onDesktopDeepLink } from "../../../lib/desktop.ts";
import { useRouter } from "../../../stores/router.ts";
import { useSession } from "../../../stores/session.ts";
import { useRequests } from "../store.ts";

export const approvalsPath = "/approvals";

export function ApprovalsLinkListener() {
  useEffect(
    () =>
      onDesktopDeepLink((link) => {
        if (link.kind !== "open-approvals") {
          return;
        }
        const alreadyThere = useRouter.getState().pathname === approvalsPath;
        useRouter.getState().navigate(approvalsPath);
        // The page reads the list when it opens; already open, it reads it again here.
        if (alreadyThere && useSession.getState().status === "signed-in") {
          void useRequests.getState().loadToApprove();
        }
      }),
    [],
  );
  return null;
}
