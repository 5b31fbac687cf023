// Validates an organization's portal address as typed by a user or pushed by IT. Only https,
// or plain http on localhost (a developer's own server), and only an origin: the desktop app
// loads the portal from exactly that origin and trusts nothing else. `reason` is English for
// logs and IT; the first-run page says `problem` in the app's language.
import type { Message } from "../../locales/define-messages.ts";
import { pageMessages as m } from "./desktop-messages.ts";

export type PortalUrlResult =
  | { ok: true; origin: string }
  /** `problem` is missing only for a refusal from elsewhere (managed configuration). */
  | { ok: false; reason: string; problem?: Message };

const refused = (problem: Message): PortalUrlResult => ({
  ok: false,
  reason: problem.defaultMessage,
  problem,
});

export function parsePortalUrl(input: string): PortalUrlResult {
  const trimmed = input.trim();
  if (trimmed === "") {
    return refused(m.addressEmpty);
  }
  if (trimmed.length > 2048) {
    return refused(m.addressTooLong);
  }
  // People type "portal.example.com"; treat a bare host name as https.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return refused(m.addressNotUrl);
  }
  if (url.username !== "" || url.password !== "") {
    return refused(m.addressCredentials);
  }
  const localHttp = url.protocol === "http:" && url.hostname === "localhost";
  if (url.protocol !== "https:" && !localHttp) {
    return refused(m.addressNotHttps);
  }
  return { ok: true, origin: url.origin };
}
