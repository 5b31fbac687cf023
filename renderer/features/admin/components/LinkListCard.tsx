// A console list whose every row opens its own page (apps, groups): the row's name is the link,
// with a line or two about it beneath; "Loading…", the reason it failed or "none" until then.
import type { ReactNode } from "react";
import { FormattedMessage, type MessageDescriptor } from "react-intl";
import type { Requested } from "../use-request.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { RequestedView } from "./RequestedView.tsx";

export function LinkListCard<T extends { id: string }>(props: {
  sectionId: string;
  words: { title: MessageDescriptor; loading: MessageDescriptor; none: MessageDescriptor };
  requested: Requested<T[]>;
  navigate: (pathname: string) => void;
  /** Where a row leads, its own (untranslated) name and what is said about it. */
  row: (item: T) => { href: string; name: string; about: ReactNode };
}) {
  const { sectionId, words } = props;
  return (
    <section className="card" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="card-title">
        <FormattedMessage {...words.title} />
      </h2>
      <RequestedView requested={props.requested} loading={words.loading} empty={words.none}>
        {(items) => (
          <ul className="console-list" aria-labelledby={sectionId}>
            {items.map((item) => {
              const { href, name, about } = props.row(item);
              return (
                <li key={item.id} className="console-row">
                  <span>
                    <ConsoleLink
                      className="console-user-link"
                      href={href}
                      navigate={props.navigate}
                      translate="no"
                    >
                      {name}
                    </ConsoleLink>
                    {about}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </RequestedView>
    </section>
  );
}
