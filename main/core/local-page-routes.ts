// Which app://local/ address does what (main/app-protocol.ts serves them). The first-run form's
// /connect and the demo link /demo change which portal the app opens, so when IT pinned the
// portal (DisallowPortalUrlChange) both are refused like the form itself (docs/desktop.md).
import { isLocalPage } from "./window-policy.ts";

export type LocalPageRoute =
  | { kind: "first-run" }
  | { kind: "connect"; input: string }
  | { kind: "demo" }
  | { kind: "offline" }
  | { kind: "retry" }
  | { kind: "cannot-start" }
  | { kind: "managed-by-organization" }
  | { kind: "not-found" };

export function routeLocalPage(url: URL, options: { portalLocked: boolean }): LocalPageRoute {
  if (!isLocalPage(url)) {
    return { kind: "not-found" };
  }
  switch (url.pathname) {
    case "/first-run":
    case "/connect":
    case "/demo":
      if (options.portalLocked) {
        return { kind: "managed-by-organization" };
      }
      return url.pathname === "/connect"
        ? { kind: "connect", input: url.searchParams.get("portal") ?? "" }
        : { kind: url.pathname === "/demo" ? "demo" : "first-run" };
    case "/offline":
      return { kind: "offline" };
    case "/retry":
      return { kind: "retry" };
    case "/cannot-start":
      return { kind: "cannot-start" };
    default:
      return { kind: "not-found" };
  }
}
