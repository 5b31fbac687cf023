// What a Security card shows while its list loads or after it failed to.
import { FormattedMessage } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { securityMessages as m } from "../messages.ts";
import { wordSpace } from "../../../components/rich-text.tsx";
import type { Loaded } from "../use-loader.ts";

export function LoadState<T>({ loaded, onRetry }: { loaded: Loaded<T>; onRetry: () => void }) {
  const describeError = useErrorText();
  if (loaded.state === "loading") {
    return (
      <p className="card-note" role="status">
        <FormattedMessage {...m.loading} />
      </p>
    );
  }
  if (loaded.state === "failed") {
    return (
      <div className="alert alert-error" role="alert">
        <AlertIcon size={18} />
        <span>
          <FormattedMessage {...m.loadFailed} values={{ problem: describeError(loaded.error) }} />
          {wordSpace}
          <Button variant="quiet" onClick={onRetry}>
            <FormattedMessage {...m.tryAgain} />
          </Button>
        </span>
      </div>
    );
  }
  return null;
}
