// Turns a User-Agent header into the few words a person recognizes in a list of sessions:
// "Chrome on macOS", "Gatehouse desktop app on Windows". Best effort; never trusted for security.

/**
 * `label` is English, for API clients; the portal says it in the user's language from
 * `client`, `browser` and `system` (names that stay as they are).
 */
export type ClientDescription = {
  client: "desktop" | "web";
  label: string;
  browser: string | null;
  system: string | null;
};

const systems: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows NT/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const browsers: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\//, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];

export function describeUserAgent(userAgent: string | null): ClientDescription {
  if (userAgent === null || userAgent.trim() === "") {
    return { client: "web", label: "Unknown device", browser: null, system: null };
  }
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const on = system === null ? "" : ` on ${system}`;
  if (/\bElectron\//.test(userAgent)) {
    return { client: "desktop", label: `Gatehouse desktop app${on}`, browser: null, system };
  }
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return { client: "web", label: `${browser ?? "Browser"}${on}`, browser, system };
}
