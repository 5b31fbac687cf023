// Serves the app's local pages on app://local/ (main/core/local-page-routes.ts decides which
// address does what) and carries out the first-run form, the demo link and Retry.
import { protocol } from "electron";
import { routeLocalPage } from "./core/local-page-routes.ts";
import type { Message } from "../locales/define-messages.ts";
import { pageMessages } from "./core/desktop-messages.ts";
import type { DesktopText } from "./core/desktop-text.ts";
import { firstRunPage, localPagesCsp, cannotStartPage } from "./core/local-pages.ts";
import { parsePortalUrl } from "./core/portal-url.ts";
import { localPagesScheme } from "./core/window-policy.ts";

/** Must run before the app is ready: app:// behaves like a secure, standard web origin. */
export function registerLocalPagesScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: localPagesScheme, privileges: { standard: true, secure: true } },
  ]);
}

export function handleLocalPages(handlers: {
  portalLocked: () => boolean;
  onPortalChosen: (origin: string) => void;
  onDemoChosen: () => void;
  onRetry: () => void;
  offlinePage: () => string | undefined;
  cannotStartReason: () => string | Message;
  /** The app's words in its current language (main/desktop-language.ts). */
  text: () => DesktopText;
}): void {
  protocol.handle(localPagesScheme, (request) => {
    const text = handlers.text();
    const route = routeLocalPage(new URL(request.url), { portalLocked: handlers.portalLocked() });
    switch (route.kind) {
      case "first-run":
        return html(firstRunPage(text));
      case "connect": {
        const parsed = parsePortalUrl(route.input);
        if (!parsed.ok) {
          return html(firstRunPage(text, { value: route.input, error: parsed.problem }));
        }
        handlers.onPortalChosen(parsed.origin);
        return html(firstRunPage(text, { value: parsed.origin }));
      }
      case "demo":
        handlers.onDemoChosen();
        return html(firstRunPage(text));
      case "retry":
      case "offline": {
        if (route.kind === "retry") {
          handlers.onRetry();
        }
        const page = handlers.offlinePage();
        return page === undefined ? notFound() : html(page);
      }
      case "cannot-start":
        return html(cannotStartPage(text, handlers.cannotStartReason()));
      case "managed-by-organization":
        return html(cannotStartPage(text, pageMessages.portalLocked), 403);
      case "not-found":
        return notFound();
    }
  });
}

function notFound(): Response {
  return new Response("Not found", { status: 404 });
}

function html(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": localPagesCsp,
    },
  });
}
