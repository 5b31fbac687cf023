// The frame of one thing's page in the console (an app, a group): the way back to its list, its
// name as the title once loaded, what was just done (said by screen readers), then its cards —
// "Loading…" or the reason it failed until they can be shown.
import type { ReactNode } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { consoleMessages } from "../messages.ts";
import type { Requested } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { RequestedView } from "./RequestedView.tsx";

export function DetailPage<T>(props: {
  back: { href: string; label: MessageDescriptor };
  navigate: (pathname: string) => void;
  requested: Requested<T>;
  /** The title and description until the thing is loaded. */
  loadingHeader: { title: MessageDescriptor; description: string };
  /** The thing's own name (not translated) and a line about it. */
  header: (value: T) => { name: string; description: ReactNode };
  announcement: string | undefined;
  children: (value: T) => ReactNode;
}) {
  const intl = useIntl();
  const { requested } = props;
  const header = requested.state === "loaded" ? props.header(requested.value) : undefined;
  return (
    <>
      <p className="console-back">
        <ConsoleLink href={props.back.href} navigate={props.navigate}>
          <FormattedMessage {...props.back.label} />
        </ConsoleLink>
      </p>
      {header !== undefined ? (
        <header className="page-header">
          <h1 className="page-title" tabIndex={-1} translate="no">
            {header.name}
          </h1>
          <p className="page-description">{header.description}</p>
        </header>
      ) : (
        <PageHeader
          title={intl.formatMessage(props.loadingHeader.title)}
          description={props.loadingHeader.description}
        />
      )}
      <p className="visually-hidden" role="status">
        {props.announcement}
      </p>
      <RequestedView requested={requested} loading={consoleMessages.loading}>
        {(value) => <div className="card-stack">{props.children(value)}</div>}
      </RequestedView>
    </>
  );
}
