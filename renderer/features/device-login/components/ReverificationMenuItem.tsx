// The account menu's re-verification line (docs/design.md §1.1: the user always sees when the next
// check is due): "Verified 3 h ago · next check in 9 h" and "Verify now", on every page.
import { DropdownMenu } from "radix-ui";
import { useEffect, useState } from "react";
import type { Me } from "../../../lib/types.ts";
import { getDeviceLoginMode } from "../api.ts";
import { checkAvailability } from "../availability.ts";
import { describeCountdown } from "../countdown.ts";
import { verifyNowWithDevice } from "../verify-now.ts";
import "../desktop-verification.css";

export function ReverificationMenuItem({
  me,
  onFailed,
}: {
  me: Me;
  /** The menu closes on select; the failure is shown outside it. */
  onFailed: (message: string) => void;
}) {
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    getDeviceLoginMode()
      .then(checkAvailability)
      .then(
        (availability) => current && setLabel(availability.available ? availability.label : null),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, []);

  const countdown = describeCountdown({
    label: label ?? "your password",
    verifiedAt: Date.parse(me.session.verifiedAt),
    reverifyAt: Date.parse(me.session.reverifyAt),
    now: Date.now(),
  });
  return (
    <>
      <DropdownMenu.Label className="menu-note" data-testid="menu-verification-countdown">
        {countdown}
      </DropdownMenu.Label>
      {label !== null && (
        <DropdownMenu.Item
          className="menu-item"
          onSelect={() =>
            void verifyNowWithDevice().then((outcome) => {
              if (!outcome.ok) {
                onFailed(outcome.message);
              }
            })
          }
        >
          Verify now with {label}
        </DropdownMenu.Item>
      )}
    </>
  );
}
