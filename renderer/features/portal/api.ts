// The account menu's call: the user's language choice, kept on the server (mails use it too).
import type { Locale } from "../../../locales/locales.ts";
import { putJson } from "../../lib/http.ts";
import type { Me } from "../../lib/types.ts";

/** Saves the user's language; null follows the browser again. Returns the updated account. */
export function saveLocale(locale: Locale | null): Promise<Me> {
  return putJson<Me>("me/locale", { locale });
}
