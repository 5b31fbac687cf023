// Notices when the session needs re-verification without polling (a poll would count as
// activity and defeat the idle timeout): a timer at the due time, and a check whenever the
// user comes back to the tab.
import { useEffect } from "react";
import { useSession } from "../stores/session.ts";

export function useReverificationWatch(reverifyAt: string | undefined): void {
  useEffect(() => {
    if (reverifyAt === undefined) {
      return undefined;
    }
    const check = () => void useSession.getState().loadSession();
    const delay = Math.max(0, new Date(reverifyAt).getTime() - Date.now());
    // setTimeout holds at most ~24.8 days; the re-verify interval is far below that.
    const timer = setTimeout(check, Math.min(delay, 2 ** 31 - 1));
    const onVisible = () => {
      if (document.visibilityState === "visible") {
        check();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [reverifyAt]);
}
