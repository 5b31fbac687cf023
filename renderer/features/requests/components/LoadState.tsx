// What the Requests and To approve pages show before their lists: a loading line, or why
// loading failed with Try again.
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { richText } from "../../../components/rich-text.tsx";
import { errorText } from "../../../lib/error-messages.ts";
import type { ApiError } from "../../../lib/http.ts";
import { requestsMessages as m } from "../messages.ts";

export function LoadState(props: { error: ApiError | undefined; onRetry: () => void }) {
  const intl = useIntl();
  if (props.error === undefined) {
    return (
      <p className="list-empty" role="status">
        <FormattedMessage {...m.loading} />
      </p>
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <AlertIcon />
      <div>
        <p>
          <FormattedMessage
            {...m.loadFailed}
            values={{ ...richText, problem: errorText(intl, props.error) }}
          />
        </p>
        <Button variant="secondary" onClick={props.onRetry}>
          <FormattedMessage {...m.tryAgain} />
        </Button>
      </div>
    </div>
  );
}
