// Whether a request URL belongs to the JSON API, judged the way the router reads it: escapes
// decoded, letters in either case, repeated slashes as one. Used where no route decides (Fastify's
// own URL errors, the not-found fallback), so `/%61pi/…` is answered as API, not as a page.
const jsonPrefixes = ["/api", "/healthz", "/readyz"];

export function isApiPath(url: string): boolean {
  return isApiNormalized(normalizePath(url));
}

/** Whether a request URL is under the SCIM service provider, /scim/v2 (docs/scim.md). */
export function isScimPath(url: string): boolean {
  return isScimNormalized(normalizePath(url));
}

/** Either of the two, the path normalized once (every response asks: security-headers.ts). */
export function isApiOrScimPath(url: string): boolean {
  const path = normalizePath(url);
  return isApiNormalized(path) || isScimNormalized(path);
}

function isApiNormalized(path: string): boolean {
  return jsonPrefixes.some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix};`),
  );
}

function isScimNormalized(path: string): boolean {
  return path === "/scim" || path.startsWith("/scim/") || path.startsWith("/scim;");
}

/** The path without query, with %XX of ASCII characters decoded, lower-cased, slashes collapsed. */
export function normalizePath(url: string): string {
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  // Most paths have neither an escape nor a doubled slash: those skip the regular expressions.
  const decoded = !path.includes("%")
    ? path
    : path.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
  const lower = decoded.toLowerCase();
  return lower.includes("//") ? lower.replace(/\/{2,}/g, "/") : lower;
}
