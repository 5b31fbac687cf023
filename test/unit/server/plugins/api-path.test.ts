import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isApiOrScimPath,
  isApiPath,
  isScimPath,
  normalizePath,
} from "../../../../server/plugins/api-path.ts";

/** The normalization spelled as plainly as possible, for the faster one to agree with. */
function plainNormalization(url: string): string {
  const path = url.split("?", 1)[0] ?? "";
  const decoded = path.replace(/%([0-7][0-9a-f])/gi, (_escape, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return decoded.toLowerCase().replace(/\/{2,}/g, "/");
}

/** URLs built from the characters that matter here: slashes, escapes, query marks, letters. */
const urls = fc
  .array(
    fc.constantFrom(
      "/",
      "//",
      "%",
      "%2F",
      "%61",
      "%7e",
      "%C3%A9",
      "?",
      ";",
      "a",
      "P",
      "i",
      "scim",
      "api",
      "x",
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

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

  it("normalizes any URL as the plain reading does, and says API or SCIM as the two checks do", () => {
    fc.assert(
      fc.property(fc.oneof(urls, fc.string()), (url) => {
        expect(normalizePath(url)).toBe(plainNormalization(url));
        expect(isApiOrScimPath(url)).toBe(isApiPath(url) || isScimPath(url));
      }),
      { numRuns: 2000 },
    );
  });
});
