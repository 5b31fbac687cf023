import { describe, expect, it } from "vitest";
import { routeLocalPage } from "../../../../main/core/local-page-routes.ts";

const route = (url: string, portalLocked = false) => routeLocalPage(new URL(url), { portalLocked });

describe("local page routes", () => {
  it("serve the first-run form, its submission and the demo link while the portal is not pinned", () => {
    expect(route("app://local/first-run")).toEqual({ kind: "first-run" });
    expect(route("app://local/connect?portal=portal.example.com")).toEqual({
      kind: "connect",
      input: "portal.example.com",
    });
    expect(route("app://local/demo")).toEqual({ kind: "demo" });
  });

  it("refuse every address that would change the portal once IT pinned it", () => {
    for (const url of [
      "app://local/first-run",
      "app://local/connect?portal=https%3A%2F%2Fevil.example.net",
      "app://local/demo",
      "app://local/demo?x=1#y",
    ]) {
      expect(route(url, true)).toEqual({ kind: "managed-by-organization" });
    }
    // Another spelling of the host is not a local page at all (Chromium lower-cases it anyway).
    expect(route("app://LOCAL/demo", true).kind).toBe("not-found");
  });

  it("serve the offline page and its retry whatever the lock, and nothing else", () => {
    for (const locked of [false, true]) {
      expect(route("app://local/offline", locked)).toEqual({ kind: "offline" });
      expect(route("app://local/retry", locked)).toEqual({ kind: "retry" });
      expect(route("app://local/cannot-start", locked)).toEqual({ kind: "cannot-start" });
      expect(route("app://local/demo/", locked).kind).toBe("not-found");
      expect(route("app://local/../demo", locked).kind).toBe(
        locked ? "managed-by-organization" : "demo",
      );
      expect(route("app://other/demo", locked).kind).toBe("not-found");
    }
  });
});
