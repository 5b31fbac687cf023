// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { consolePageFromPath } from "../../../../renderer/features/admin/routes.ts";
import { securitySectionFromPath } from "../../../../renderer/features/security/sections.ts";
import { pageFromPath, resetRouterStore, useRouter } from "../../../../renderer/stores/router.ts";

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  resetRouterStore();
});

describe("the router", () => {
  it("names the portal page of every spelling of an address", () => {
    for (const path of ["/security", "/security/", "//security", "/security/ssh-keys"]) {
      expect(pageFromPath(path), path).toBe("security");
    }
    expect(pageFromPath("/")).toBeUndefined();
    expect(pageFromPath("/securityx")).toBeUndefined();
    expect(pageFromPath("/constructor")).toBeUndefined();
  });

  it("knows the Requests and To approve pages, and the console's Requests screen", () => {
    expect(pageFromPath("/requests")).toBe("requests");
    expect(pageFromPath("/approvals/")).toBe("approvals");
    expect(consolePageFromPath("/admin/requests")).toEqual({ page: "requests" });
    expect(consolePageFromPath("/admin/requests/extra")).toBeUndefined();
  });

  it("pushes, replaces, and follows Back", () => {
    useRouter.getState().navigate("/profile");
    useRouter.getState().navigate("/security/sessions");
    expect(useRouter.getState().pathname).toBe("/security/sessions");
    useRouter.getState().navigate("/applications", { replace: true });
    expect(window.location.pathname).toBe("/applications");
    const before = window.history.length;
    useRouter.getState().navigate("/applications"); // the same address: nothing new in history
    expect(window.history.length).toBe(before);

    window.history.replaceState(null, "", "/profile");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(useRouter.getState().pathname).toBe("/profile");
  });

  it("a reset reads the address again", () => {
    useRouter.setState({ pathname: "/elsewhere" });
    window.history.replaceState(null, "", "/security");
    resetRouterStore();
    expect(useRouter.getState().pathname).toBe("/security");
  });
});

describe("Security sections", () => {
  it("has an address of its own for each section, and none for anything else", () => {
    expect(securitySectionFromPath("/security")).toBe("sign-in");
    expect(securitySectionFromPath("/security/")).toBe("sign-in");
    expect(securitySectionFromPath("/security/ssh-keys")).toBe("ssh-keys");
    expect(securitySectionFromPath("/security//history/")).toBe("history");
    expect(securitySectionFromPath("/security/bogus")).toBeUndefined();
    expect(securitySectionFromPath("/security/history/extra")).toBeUndefined();
  });
});
