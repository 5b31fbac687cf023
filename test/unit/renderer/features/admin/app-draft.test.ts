// The new-app form's body: only the chosen kind's block goes to the server, redirect URIs one a
// line, and the server's field names land on the form's fields.
import { describe, expect, it } from "vitest";
import {
  createBodyOf,
  emptyDraft,
  formFieldOf,
} from "../../../../../renderer/features/admin/app-draft.ts";
import { consolePageFromPath } from "../../../../../renderer/features/admin/routes.ts";

describe("the new-app form", () => {
  it("sends only the chosen kind's settings, whatever the other kinds' fields hold", () => {
    const draft = {
      ...emptyDraft,
      displayName: "Tracker",
      url: "https://left.over/",
      entityId: "left-over",
      redirectUris: " https://a.example/cb \n\n\thttps://b.example/cb\r\n",
      initiateLoginUri: " https://a.example/login ",
    };
    expect(createBodyOf({ ...draft, kind: "oidc" })).toEqual({
      kind: "oidc",
      displayName: "Tracker",
      requireMfa: false,
      oidc: {
        redirectUris: ["https://a.example/cb", "https://b.example/cb"],
        initiateLoginUri: "https://a.example/login",
        confidential: true,
      },
    });
    expect(createBodyOf({ ...draft, kind: "bookmark", notes: "  " })).toEqual({
      kind: "bookmark",
      displayName: "Tracker",
      requireMfa: false,
      bookmark: { url: "https://left.over/" },
    });
    expect(createBodyOf({ ...draft, kind: "saml", acsUrl: "https://a.example/acs" })).toEqual({
      kind: "saml",
      displayName: "Tracker",
      requireMfa: false,
      saml: { entityId: "left-over", acsUrl: "https://a.example/acs" },
    });
  });

  it("puts a refused redirect URI, whichever line, on the one text area", () => {
    expect(formFieldOf("oidc.redirectUris.3")).toBe("oidc.redirectUris");
    expect(formFieldOf("icon.type")).toBe("icon");
    expect(formFieldOf("saml.acsUrl")).toBe("saml.acsUrl");
    expect(formFieldOf(undefined)).toBeUndefined();
  });

  it("knows the console's application addresses", () => {
    expect(consolePageFromPath("/admin/apps")).toEqual({ page: "apps" });
    expect(consolePageFromPath("/admin/apps/new")).toEqual({ page: "newApp" });
    expect(consolePageFromPath("/admin/apps/abc")).toEqual({ page: "app", appId: "abc" });
    expect(consolePageFromPath("/admin/apps/abc/more")).toBeUndefined();
  });
});
