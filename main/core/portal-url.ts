// Validates an organization's portal address as typed by a user or pushed by IT. Only https,
// or plain http on localhost (a developer's own server), and only an origin: the desktop app
// loads the portal from exactly that origin and trusts nothing else.

export type PortalUrlResult = { ok: true; origin: string } | { ok: false; reason: string };

export function parsePortalUrl(input: string): PortalUrlResult {
  const trimmed = input.trim();
  if (trimmed === "") {
    return { ok: false, reason: "Enter your organization's portal address." };
  }
  if (trimmed.length > 2048) {
    return { ok: false, reason: "That address is too long." };
  }
  // People type "portal.example.com"; treat a bare host name as https.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: "That is not a web address, e.g. https://portal.example.com." };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, reason: "The address must not contain a user name or password." };
  }
  const localHttp = url.protocol === "http:" && url.hostname === "localhost";
  if (url.protocol !== "https:" && !localHttp) {
    return { ok: false, reason: "The address must start with https://." };
  }
  return { ok: true, origin: url.origin };
}
