import { describe, expect, it } from "vitest";
import { isApiPath, normalizePath } from "../../../../server/plugins/api-path.ts";

describe("whether a URL belongs to the JSON API", () => {
  it("is judged on the API and the health paths, not on look-alikes", () => {
    expect(isApiPath("/api/me")).toBe(true);
    expect(isApiPath("/api")).toBe(true);
    expect(isApiPath("/healthz?verbose=1")).toBe(true);
    expect(isApiPath("/readyz")).toBe(true);
    expect(isApiPath("/api;jsessionid=1")).toBe(true);
    expect(isApiPath("/apis/me")).toBe(false);
    expect(isApiPath("/applications")).toBe(false);
    expect(isApiPath("/launch/abc?next=/api/me")).toBe(false);
  });

  it("reads the path the way the router does: escapes decoded, any case, slashes collapsed", () => {
    expect(isApiPath("/%61pi/me")).toBe(true);
    expect(isApiPath("/API/me")).toBe(true);
    expect(isApiPath("//api//me")).toBe(true);
    expect(normalizePath("/%41PI//Me?x=%2F")).toBe("/api/me");
  });

  it("decodes only ASCII escapes, leaving others as they came", () => {
    expect(normalizePath("/caf%C3%A9")).toBe("/caf%c3%a9");
  });
});
