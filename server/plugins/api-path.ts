// Whether a request URL belongs to the JSON API, judged the way the router reads it: escapes
// decoded, letters in either case, repeated slashes as one. Used where no route decides (Fastify's
// own URL errors, the not-found fallback), so `/%61pi/…` is answered as API, not as a page.
const jsonPrefixes = ["/api", "/healthz", "/readyz"];

export function isApiPath(url: string): boolean {
  const path = normalizePath(url);
  return jsonPrefixes.some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix};`),
  );
}

/** Whether a request URL is under the SCIM service provider, /scim/v2 (docs/scim.md). */
export function isScimPath(url: string): boolean {
  const path = normalizePath(url);
  return path === "/scim" || path.startsWith("/scim/") || path.startsWith("/scim;");
}

/** The path without query, with %XX of ASCII characters decoded, lower-cased, slashes collapsed. */
export function normalizePath(url: string): string {
  const path = url.split("?", 1)[0] ?? "";
  const decoded = path.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return decoded.toLowerCase().replace(/\/{2,}/g, "/");
}
