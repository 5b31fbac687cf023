// The account menu's re-verification line (docs/design.md §1.1: the user always sees when the next
// check is due): "Verified 3 hours ago · next check in 9 hours" and "Verify now", on every page.
import { DropdownMenu } from "radix-ui";
import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Me } from "../../../lib/types.ts";
import { getDeviceLoginMode } from "../api.ts";
import { checkAvailability, type Authenticator } from "../availability.ts";
import { describeCountdown } from "../countdown.ts";
import { deviceLoginMessages as m } from "../messages.ts";
import { describeVerifyNowFailure, verifyNowWithDevice } from "../verify-now.ts";
import "../desktop-verification.css";

export function ReverificationMenuItem({
  me,
  onFailed,
}: {
  me: Me;
  /** The menu closes on select; the failure is shown outside it. */
  onFailed: (message: string) => void;
}) {
  const intl = useIntl();
  const [authenticator, setAuthenticator] = useState<Authenticator | null>(null);
  useEffect(() => {
    let current = true;
    getDeviceLoginMode()
      .then(checkAvailability)
      .then(
        (availability) =>
          current && setAuthenticator(availability.available ? availability.authenticator : null),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);

  const countdown = describeCountdown(intl, {
    method: authenticator ?? undefined,
    verifiedAt: Date.parse(me.session.verifiedAt),
    reverifyAt: Date.parse(me.session.reverifyAt),
    now: Date.now(),
  });
  return (
    <>
      <DropdownMenu.Label className="menu-note" data-testid="menu-verification-countdown">
        {countdown}
      </DropdownMenu.Label>
      {authenticator !== null && (
        <DropdownMenu.Item
          className="menu-item"
          onSelect={() =>
            void verifyNowWithDevice().then((outcome) => {
              if (!outcome.ok) {
                onFailed(describeVerifyNowFailure(intl, outcome));
              }
            })
          }
        >
          <FormattedMessage {...m.verifyNowWith} values={{ authenticator }} />
        </DropdownMenu.Item>
      )}
    </>
  );
}
