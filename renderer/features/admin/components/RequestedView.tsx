// What a console card shows for something it loads: "Loading…", the reason it failed (announced),
// a line for "nothing here", or the content.
import type { ReactNode } from "react";
import { FormattedMessage, type MessageDescriptor } from "react-intl";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import type { Requested } from "../use-request.ts";

export function RequestedView<T>(props: {
  requested: Requested<T>;
  loading: MessageDescriptor;
  /** Shown instead of the content when `isEmpty` says so (by default: an empty list). */
  empty?: MessageDescriptor;
  isEmpty?: (value: T) => boolean;
  children: (value: T) => ReactNode;
}) {
  const describeError = useErrorText();
  const { requested, empty, isEmpty = isEmptyList } = props;
  if (requested.state === "loading") {
    return (
      <p className="card-note">
        <FormattedMessage {...props.loading} />
      </p>
    );
  }
  if (requested.state === "failed") {
    return <ErrorAlert message={describeError(requested.error)} />;
  }
  if (empty !== undefined && isEmpty(requested.value)) {
    return (
      <p className="card-note">
        <FormattedMessage {...empty} />
      </p>
    );
  }
  return props.children(requested.value);
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}
