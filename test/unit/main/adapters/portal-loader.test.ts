// Start-up without a network: the loader and a typed fake of the window's webContents. The fake
// behaves like Chromium: loadURL reports a failure through did-fail-load and rejects.
import { describe, expect, it } from "vitest";
import {
  createPortalLoader,
  offlinePageUrl,
  type LoaderContents,
} from "../../../../main/portal-loader.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
import { electronEvent, fakeClock } from "./fake-electron.ts";

const portal = "https://portal.example.com";

function fakeContents() {
  let url = "";
  let networkUp = false;
  const loaded: string[] = [];
  const listeners: {
    fail?: Parameters<LoaderContents["onDidFailLoad"]>[0];
    finish?: () => void;
  } = {};
  const contents: LoaderContents = {
    getURL: () => url,
    loadURL: (target) => {
      loaded.push(target);
      const reachable = networkUp || !target.startsWith(portal);
      if (!reachable) {
        listeners.fail?.(electronEvent({}), -106, "ERR_INTERNET_DISCONNECTED", target, true);
        return Promise.reject(new Error("ERR_INTERNET_DISCONNECTED (-106) loading " + target));
      }
      url = target;
      listeners.finish?.();
      return Promise.resolve();
    },
    onDidFailLoad: (listener) => void (listeners.fail = listener),
    onDidFinishLoad: (listener) => void (listeners.finish = listener),
  };
  return { contents, loaded, shown: () => url, setNetwork: (up: boolean) => (networkUp = up) };
}

function start() {
  const window = fakeContents();
  const clock = fakeClock();
  const logs: string[] = [];
  let online = false;
  let portalLoads = 0;
  const loader = createPortalLoader({
    contents: window.contents,
    isOnline: () => online,
    clock,
    onPortalLoaded: () => void (portalLoads += 1),
    log: (message) => void logs.push(message),
    text: () => createDesktopText("en"),
  });
  return {
    window,
    clock,
    loader,
    logs,
    portalLoads: () => portalLoads,
    networkBack: () => {
      online = true;
      window.setNetwork(true);
    },
  };
}

describe("starting without a network", () => {
  it("shows the local Can't reach page instead of a blank window", () => {
    const { window, loader, logs } = start();
    loader.open(portal);
    expect(window.shown()).toBe(offlinePageUrl);
    const page = loader.offlinePage() ?? "";
    expect(page).toContain("Can&#39;t reach portal.example.com");
    expect(page).toContain("This computer is not connected to a network.");
    expect(page).toContain("Retry now");
    expect(logs).toEqual([`Cannot reach ${portal}: This computer is not connected to a network.`]);
  });

  it("recovers into the portal by itself when the network comes back, without a restart", () => {
    const { window, clock, loader, portalLoads, networkBack } = start();
    loader.open(portal);
    clock.advance(2_000); // first automatic retry, still offline
    expect(window.shown()).toBe(offlinePageUrl);
    networkBack();
    clock.advance(3_000);
    expect(window.shown()).toBe(`${portal}/`);
    expect(loader.offlinePage()).toBeUndefined();
    expect(portalLoads()).toBe(1);
    // Retrying stops once the portal is there.
    const loads = window.loaded.length;
    clock.advance(10 * 60_000);
    expect(window.loaded.length).toBe(loads);
  });

  it("tries again at once on Retry", () => {
    const { window, loader } = start();
    loader.open(portal);
    window.setNetwork(true);
    loader.retryNow();
    expect(window.shown()).toBe(`${portal}/`);
  });
});
