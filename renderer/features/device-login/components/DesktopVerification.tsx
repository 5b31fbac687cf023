// The desktop app's re-checks on every page (docs/design.md §1.1): the tray's "Verify now" asks for
// Touch ID / Windows Hello at once; after wake and unlock the session is re-checked, and when
// the 12-hour (or idle) check is due, the window comes forward with the prompt.
import { useEffect, useState } from "react";
import { useIntl } from "react-intl";
import { DesktopNotice } from "../../../components/DesktopNotice.tsx";
import { onDesktopResume, onDesktopVerifyNow } from "../../../lib/desktop.ts";
import { useSession } from "../../../stores/session.ts";
import {
  describeVerifyNowFailure,
  verifyNowWithDevice,
  type VerifyNowOutcome,
} from "../verify-now.ts";

export function DesktopVerification() {
  const intl = useIntl();
  const [failure, setFailure] = useState<Exclude<VerifyNowOutcome, { ok: true }>>();

  useEffect(() => {
    /** After a wake, a device without Touch ID / Windows Hello simply shows the password prompt. */
    const verify = (quietWhenUnavailable: boolean) =>
      void verifyNowWithDevice().then((outcome) =>
        setFailure(
          outcome.ok || (quietWhenUnavailable && outcome.unavailable) ? undefined : outcome,
        ),
      );
    const stopVerify = onDesktopVerifyNow(() => {
      if (
        useSession.getState().status === "signed-in" ||
        useSession.getState().status === "reverify"
      ) {
        verify(false);
      }
    });
    const stopResume = onDesktopResume(() => {
      void useSession
        .getState()
        .loadSession()
        .then(() => {
          if (useSession.getState().status === "reverify") {
            verify(true);
          }
        });
    });
    return () => {
      stopVerify();
      stopResume();
    };
  }, []);

  return (
    <DesktopNotice
      message={failure === undefined ? undefined : describeVerifyNowFailure(intl, failure)}
      onDismiss={() => setFailure(undefined)}
    />
  );
}
