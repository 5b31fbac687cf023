// What the bridge's openExternal accepts (docs/design.md §3): exactly one string that is a one-time
// launch URL on the configured portal origin — https:, or http://localhost for the bundled
// server — with the path /launch/<ticket> and nothing else. Anything a page could smuggle in
// (another origin, credentials, a query, a fragment, a non-canonical spelling) is refused.

export type LaunchUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const ticketPath = /^\/launch\/[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{27}$/;
const maxLength = 2048;

export function checkLaunchUrlArguments(
  args: readonly unknown[],
  portalOrigin: string | undefined,
): LaunchUrlCheck {
  if (args.length !== 1 || typeof args[0] !== "string") {
    return { ok: false, reason: "expected one launch URL" };
  }
  const raw = args[0];
  if (portalOrigin === undefined) {
    return { ok: false, reason: "no portal is configured" };
  }
  if (raw.length > maxLength) {
    return { ok: false, reason: "the URL is too long" };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "not an absolute URL" };
  }
  const secure = url.protocol === "https:";
  const localhost = url.protocol === "http:" && url.hostname === "localhost";
  if (!secure && !localhost) {
    return { ok: false, reason: "only https: (or http://localhost) launch URLs open" };
  }
  if (url.origin !== portalOrigin) {
    return { ok: false, reason: "not on the portal's origin" };
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    return { ok: false, reason: "launch URLs carry no credentials, query or fragment" };
  }
  if (!ticketPath.test(url.pathname) || url.href !== raw) {
    return { ok: false, reason: "not a launch URL" };
  }
  return { ok: true, url: url.href };
}
