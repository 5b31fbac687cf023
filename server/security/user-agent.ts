// Turns a User-Agent header into the few words a person recognizes in a list of sessions:
// "Chrome on macOS", "Gatehouse desktop app on Windows". Best effort; never trusted for security.

export type ClientDescription = { client: "desktop" | "web"; label: string };

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
    return { client: "web", label: "Unknown device" };
  }
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  const on = system === undefined ? "" : ` on ${system}`;
  if (/\bElectron\//.test(userAgent)) {
    return { client: "desktop", label: `Gatehouse desktop app${on}` };
  }
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  return { client: "web", label: `${browser ?? "Browser"}${on}` };
}
