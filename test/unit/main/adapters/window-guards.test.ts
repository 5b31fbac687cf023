// The window's navigation, window.open and permission guards, through a typed fake.
import type {
  Event,
  HandlerDetails,
  PermissionRequest,
  Session,
  WebContents,
  WebContentsWillNavigateEventParams,
  WindowOpenHandlerResponse,
} from "electron";
import { describe, expect, it } from "vitest";
import { guardWindow, type GuardedContents } from "../../../../main/window-guards.ts";
import { electronEvent } from "./fake-electron.ts";

const portal = "https://portal.example.com";

function fakeWindow(currentUrl: string) {
  const opened: string[] = [];
  const handlers: {
    open?: (details: HandlerDetails) => WindowOpenHandlerResponse;
    navigate?: (event: Event<WebContentsWillNavigateEventParams>) => void;
    webview?: (event: Event) => void;
    check?: Parameters<Session["setPermissionCheckHandler"]>[0];
    request?: Parameters<Session["setPermissionRequestHandler"]>[0];
  } = {};
  const contents: GuardedContents = {
    getURL: () => currentUrl,
    setWindowOpenHandler: (handler) => void (handlers.open = handler),
    onWillNavigate: (listener) => void (handlers.navigate = listener),
    onWillRedirect: () => undefined,
    onWillAttachWebview: (listener) => void (handlers.webview = listener),
  };
  guardWindow({
    contents,
    session: {
      setPermissionCheckHandler: (handler) => void (handlers.check = handler),
      setPermissionRequestHandler: (handler) => void (handlers.request = handler),
    },
    portalOrigin: () => portal,
    openInBrowser: (url) => void opened.push(url),
  });
  const navigate = (url: string) => {
    const event = electronEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    handlers.navigate?.(event);
    return event.defaultPrevented ? "stayed" : "navigated";
  };
  return { handlers, opened, navigate };
}

describe("window guards", () => {
  it("keep the portal in the window and send other web pages to the system browser", () => {
    const window = fakeWindow(`${portal}/applications`);
    expect(window.navigate(`${portal}/security`)).toBe("navigated");
    expect(window.navigate("https://docs.example.net/help")).toBe("stayed");
    expect(window.navigate("file:///etc/passwd")).toBe("stayed");
    expect(window.opened).toEqual(["https://docs.example.net/help"]);
  });

  it("never let the portal page switch the app to another portal or the demo", () => {
    const window = fakeWindow(`${portal}/applications`);
    expect(window.navigate("app://local/connect?portal=https%3A%2F%2Fevil.example.net")).toBe(
      "stayed",
    );
    expect(window.navigate("app://local/demo")).toBe("stayed");
    expect(window.opened).toEqual([]);
    const firstRun = fakeWindow("app://local/first-run");
    expect(firstRun.navigate("app://local/connect?portal=portal.example.com")).toBe("navigated");
  });

  it("open no Electron window for window.open; web links go to the system browser", () => {
    const window = fakeWindow(`${portal}/`);
    const details = (url: string): HandlerDetails => ({
      url,
      frameName: "",
      features: "",
      disposition: "new-window",
      referrer: { url: `${portal}/`, policy: "strict-origin-when-cross-origin" },
    });
    expect(window.handlers.open?.(details("https://app.example.net/"))).toEqual({ action: "deny" });
    expect(window.handlers.open?.(details("javascript:alert(1)"))).toEqual({ action: "deny" });
    expect(window.opened).toEqual(["https://app.example.net/"]);
  });

  it("refuse <webview> and every permission except the portal's clipboard writes", async () => {
    const window = fakeWindow(`${portal}/`);
    const webview = electronEvent({});
    window.handlers.webview?.(webview);
    expect(webview.defaultPrevented).toBe(true);

    const check = (
      permission: "media" | "notifications" | "clipboard-sanitized-write",
      origin: string,
    ) => window.handlers.check?.(null, permission, origin, { isMainFrame: true });
    expect(check("media", portal)).toBe(false);
    expect(check("notifications", portal)).toBe(false);
    expect(check("clipboard-sanitized-write", portal)).toBe(true);
    expect(check("clipboard-sanitized-write", "https://evil.example.net")).toBe(false);

    const request = (
      permission: "geolocation" | "clipboard-sanitized-write",
      details: PermissionRequest,
    ) =>
      new Promise<boolean>((resolve) =>
        window.handlers.request?.({} as WebContents, permission, resolve, details),
      );
    await expect(
      request("geolocation", { isMainFrame: true, requestingUrl: `${portal}/` }),
    ).resolves.toBe(false);
    await expect(
      request("clipboard-sanitized-write", {
        isMainFrame: true,
        requestingUrl: `${portal}/security`,
      }),
    ).resolves.toBe(true);
  });
});
