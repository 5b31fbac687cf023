// Across the portal, from the day expiry reminders start (docs/design.md §1.1): "Your password expires
// in 3 days" with the way to change it.
import { FormattedMessage } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import type { Me } from "../../../lib/types.ts";
import { daysUntilExpiry } from "../expiry.ts";
import { passwordMessages as m } from "../messages.ts";

export function PasswordExpiryBanner(props: { me: Me; onChange: () => void; now?: number }) {
  const days = daysUntilExpiry(props.me, props.now ?? Date.now());
  if (days === undefined) {
    return null;
  }
  return (
    <div className="alert alert-warning page-banner" role="status">
      <AlertIcon size={18} />
      <div className="alert-body">
        <span>
          <FormattedMessage {...m.expiryBanner} values={{ days }} />
        </span>
        <Button variant="secondary" className="button-small" onClick={props.onChange}>
          <FormattedMessage {...m.change} />
        </Button>
      </div>
    </div>
  );
}
