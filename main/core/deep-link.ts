// gatehouse:// links (registered by the installers): parsed with URL and allow-listed. Three
// actions exist — open the portal, open one app by id, open the "To approve" list of access
// requests — and everything else is refused with a reason for the log. A link is untrusted
// input from any web page or document on the machine.

export const deepLinkScheme = "gatehouse";
export const maximumDeepLinkLength = 512;

export type DeepLinkAction =
  | { kind: "open-portal" }
  | { kind: "open-app"; appId: string }
  /** The portal's "To approve" list (also where an access request notification leads). */
  | { kind: "open-approvals" };

export type DeepLinkResult = { ok: true; action: DeepLinkAction } | { ok: false; reason: string };

/** App ids are UUIDs or slugs: letters, digits, - and _, nothing that could mean a path. */
const appIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function parseDeepLink(input: string): DeepLinkResult {
  if (input.length > maximumDeepLinkLength) {
    return refuse(`the link is longer than ${maximumDeepLinkLength} characters`);
  }
  // Path tricks are refused before URL normalizes them away, encoded or not.
  if (/\.\.|%2e|%2f|%5c|\\/i.test(input)) {
    return refuse("the link contains a path traversal or encoded separator");
  }
  if ([...input].some((character) => /\s/.test(character) || isControl(character))) {
    return refuse("the link contains whitespace or control characters");
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return refuse("the link is not a URL");
  }
  if (url.protocol !== `${deepLinkScheme}:`) {
    return refuse(`the scheme ${url.protocol} is not ${deepLinkScheme}:`);
  }
  if (url.username !== "" || url.password !== "" || url.port !== "") {
    return refuse("the link carries credentials or a port");
  }
  if (url.search !== "" || url.hash !== "") {
    return refuse("the link carries a query or fragment, which no action takes");
  }
  const action = url.host.toLowerCase();
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  if ((action === "open" || action === "portal") && segments.length === 0) {
    return { ok: true, action: { kind: "open-portal" } };
  }
  if (action === "approvals" && segments.length === 0) {
    return { ok: true, action: { kind: "open-approvals" } };
  }
  if (action === "app" || action === "apps") {
    const [appId, ...rest] = segments;
    if (appId === undefined || rest.length > 0 || !appIdPattern.test(appId)) {
      return refuse("the app id is missing or not a valid id");
    }
    return { ok: true, action: { kind: "open-app", appId } };
  }
  return refuse(`the action "${action}" is not one the app performs`);
}

/**
 * On Windows and Linux the OS starts the app (or a second instance) with the link as an
 * argument; macOS delivers it through the open-url event instead.
 */
export function findDeepLinkArgument(argv: readonly string[]): string | undefined {
  return argv.find((argument) => argument.toLowerCase().startsWith(`${deepLinkScheme}:`));
}

/** What the log records for a refused link: the reason and a bounded, printable excerpt. */
export function describeRefusedLink(input: string, reason: string): string {
  const excerpt = input.slice(0, 80).replace(/[^\x20-\x7e]/g, "?");
  return `Refused deep link "${excerpt}${input.length > 80 ? "…" : ""}": ${reason}`;
}

function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

function refuse(reason: string): DeepLinkResult {
  return { ok: false, reason };
}
