// Gives every screen below it the current language's messages and formats (react-intl), and
// waits for the first language to arrive before anything with words is drawn (main.tsx starts
// fetching it).
import { Direction } from "radix-ui";
import type { ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { textDirection } from "../../locales/locales.ts";
import { LogoMark } from "../components/Logo.tsx";
import { useLocale } from "../stores/locale.ts";

export function LocaleProvider({ children }: { children: ReactNode }) {
  const { locale, messages, failed } = useLocale();

  if (locale === undefined || messages === undefined) {
    return failed ? (
      // No language could be fetched, so there are no words to say it with but these.
      <div className="splash" role="alert" lang="en" dir="ltr">
        {/* eslint-disable-next-line formatjs/no-literal-string-in-jsx -- no catalogue could load */}
        <p>Gatehouse could not load. Check your connection and reload the page.</p>
      </div>
    ) : (
      <div className="splash">
        <LogoMark size={40} />
      </div>
    );
  }
  return (
    <IntlProvider locale={locale} messages={messages} defaultLocale="en">
      {/* Radix menus render outside the page's tree and would default to left-to-right. */}
      <Direction.Provider dir={textDirection(locale)}>{children}</Direction.Provider>
    </IntlProvider>
  );
}
