// The account menu's Language choice (docs/design.md §10): follow the browser, or one of the
// shipped languages, each named in its own language. The choice is saved on the server, so
// the portal, the desktop app and the mails all use it.
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { FormattedMessage } from "react-intl";
import {
  isLocale,
  localeNames,
  supportedLocales,
  textDirection,
  type Locale,
} from "../../../../locales/locales.ts";
import { CheckIcon } from "../../../components/StatusIcons.tsx";
import { applyAccountLocale } from "../../../stores/locale.ts";
import type { Me } from "../../../lib/types.ts";
import { saveLocale } from "../api.ts";
import { portalMessages as m } from "../messages.ts";

const followBrowser = "browser";

export function LanguageMenuItems(props: {
  me: Me;
  onSaved: (me: Me) => void;
  onFailed: (error: unknown) => void;
}) {
  const [pending, setPending] = useState<Locale | null | undefined>();
  const choice = pending === undefined ? props.me.locale : pending;

  const choose = async (value: string) => {
    const locale = isLocale(value) ? value : null;
    setPending(locale);
    try {
      const me = await saveLocale(locale);
      props.onSaved(me);
      await applyAccountLocale(me.locale);
    } catch (error) {
      props.onFailed(error);
    } finally {
      setPending(undefined);
    }
  };

  return (
    <DropdownMenu.Group>
      <DropdownMenu.Label className="menu-label">
        <FormattedMessage {...m.language} />
      </DropdownMenu.Label>
      <DropdownMenu.RadioGroup
        value={choice ?? followBrowser}
        onValueChange={(value) => void choose(value)}
      >
        {[followBrowser, ...supportedLocales].map((value) => (
          <DropdownMenu.RadioItem
            key={value}
            value={value}
            className="menu-item"
            onSelect={(event) => event.preventDefault()}
          >
            <span className="menu-item-check" aria-hidden="true">
              <DropdownMenu.ItemIndicator>
                <CheckIcon />
              </DropdownMenu.ItemIndicator>
            </span>
            {isLocale(value) ? (
              // A language's own name is in that language, so screen readers pronounce it right,
              // and is not translated (translate="no" tells machine translators and our checks).
              // Only the name takes the language's direction: the row stays in the menu's.
              <span lang={value} dir={textDirection(value)} translate="no">
                {localeNames[value]}
              </span>
            ) : (
              <FormattedMessage {...m.languageBrowser} />
            )}
          </DropdownMenu.RadioItem>
        ))}
      </DropdownMenu.RadioGroup>
    </DropdownMenu.Group>
  );
}
