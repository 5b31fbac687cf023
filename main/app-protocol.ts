// Serves the app's local pages on app://local/ and handles the first-run form's submission.
import { protocol } from "electron";
import { firstRunPage, localPagesCsp } from "./core/local-pages.ts";
import { parsePortalUrl } from "./core/portal-url.ts";
import { isLocalPage, localPagesScheme } from "./core/window-policy.ts";

/** Must run before the app is ready: app:// behaves like a secure, standard web origin. */
export function registerLocalPagesScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: localPagesScheme, privileges: { standard: true, secure: true } },
  ]);
}

export function handleLocalPages(handlers: {
  onPortalChosen: (origin: string) => void;
  onDemoChosen: () => void;
  pageFor: (pathname: string) => string | undefined;
}): void {
  protocol.handle(localPagesScheme, (request) => {
    const url = new URL(request.url);
    if (!isLocalPage(url)) {
      return new Response("Not found", { status: 404 });
    }
    if (url.pathname === "/connect") {
      const input = url.searchParams.get("portal") ?? "";
      const parsed = parsePortalUrl(input);
      if (!parsed.ok) {
        return html(firstRunPage({ value: input, error: parsed.reason }));
      }
      handlers.onPortalChosen(parsed.origin);
      return html(firstRunPage({ value: parsed.origin }));
    }
    if (url.pathname === "/demo") {
      handlers.onDemoChosen();
      return html(firstRunPage());
    }
    const body = handlers.pageFor(url.pathname);
    return body === undefined ? new Response("Not found", { status: 404 }) : html(body);
  });
}

function html(body: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": localPagesCsp,
    },
  });
}
