// The portal's language (docs/design.md §10): the signed-in user's own choice (stored on the
// server, remembered in this browser for the sign-in screens), else the browser's languages,
// else the organization's default, else English. Each locale's messages are a chunk of their
// own, fetched when that language is first shown; <html lang dir> follow the language.
import { create } from "zustand";
import type { MessageFormatElement } from "react-intl";
import {
  isLocale,
  matchLocale,
  pseudoLocale,
  sourceLocale,
  textDirection,
  type Locale,
  type PortalLocale,
} from "../../locales/locales.ts";
import { reportLocaleToDesktop } from "../lib/desktop.ts";
import { getJson } from "../lib/http.ts";

export type PortalMessages = Record<string, MessageFormatElement[]>;

const loaders: Record<PortalLocale, () => Promise<{ default: PortalMessages }>> = {
  en: () => import("virtual:gatehouse-messages/en"),
  de: () => import("virtual:gatehouse-messages/de"),
  ar: () => import("virtual:gatehouse-messages/ar"),
  [pseudoLocale]: () => import("virtual:gatehouse-messages/en-XA"),
};

export const localeStorageKey = "gatehouse.locale";

type LocaleState = {
  /** The language shown; undefined until its messages have arrived. */
  locale: PortalLocale | undefined;
  messages: PortalMessages | undefined;
  /** The user's own choice; null to follow the browser. */
  choice: Locale | null;
  /** True when not even the first language's messages could be fetched. */
  failed: boolean;
};

export const useLocale = create<LocaleState>()(() => ({
  locale: undefined,
  messages: undefined,
  choice: readRememberedLocale(),
  failed: false,
}));

/**
 * The language to show: the user's choice, else the browser's first shipped language (the
 * pseudo-locale only when asked for by name), else undefined: the organization decides.
 */
export function resolveLocale(
  choice: Locale | null,
  browserLanguages: readonly string[],
): PortalLocale | undefined {
  if (choice !== null) {
    return choice;
  }
  if (browserLanguages[0] === pseudoLocale) {
    return pseudoLocale;
  }
  return matchLocale(browserLanguages);
}

let requested: PortalLocale | undefined;

/** Shows the language the current inputs pick, fetching its messages first. */
export async function updateLocale(): Promise<void> {
  const locale =
    resolveLocale(useLocale.getState().choice, navigator.languages) ??
    (await fetchOrganizationLocale());
  if (locale === requested) {
    return;
  }
  requested = locale;
  try {
    const { default: messages } = await loaders[locale]();
    if (requested === locale) {
      useLocale.setState({ locale, messages, failed: false });
      applyDocumentLocale(locale);
    }
  } catch {
    // Offline or a stale deployment: keep the language on screen; with none, say so.
    requested = useLocale.getState().locale;
    useLocale.setState({ failed: useLocale.getState().messages === undefined });
  }
}

/** The signed-in user's choice from the server: remembered here for the sign-in screens. */
export async function applyAccountLocale(choice: Locale | null): Promise<void> {
  try {
    if (choice === null) {
      window.localStorage.removeItem(localeStorageKey);
    } else {
      window.localStorage.setItem(localeStorageKey, choice);
    }
  } catch {
    // Storage is off: the sign-in screens follow the browser instead.
  }
  useLocale.setState({ choice });
  await updateLocale();
}

/** Follows the browser when its language list changes (the page needs no reload). */
export function followBrowserLanguages(): () => void {
  const onChange = () => void updateLocale();
  window.addEventListener("languagechange", onChange);
  return () => window.removeEventListener("languagechange", onChange);
}

export function applyDocumentLocale(locale: PortalLocale, root = document.documentElement): void {
  root.lang = locale;
  root.dir = textDirection(locale);
  reportLocaleToDesktop(locale);
}

export function readRememberedLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(localeStorageKey);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

async function fetchOrganizationLocale(): Promise<Locale> {
  try {
    const { defaultLocale } = await getJson<{ defaultLocale: string }>("locale");
    return isLocale(defaultLocale) ? defaultLocale : sourceLocale;
  } catch {
    return sourceLocale; // the server is unreachable: the error page says so in English
  }
}

export function resetLocaleStore(): void {
  requested = undefined;
  useLocale.setState(
    { locale: undefined, messages: undefined, choice: readRememberedLocale(), failed: false },
    true,
  );
}
