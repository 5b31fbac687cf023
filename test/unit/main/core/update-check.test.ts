import { describe, expect, it } from "vitest";
import { disabledUpdateCheck, summarizeUpdateCheck } from "../../../../main/core/update-check.ts";

describe("Check for updates", () => {
  it("says a newer version is on its way", () => {
    expect(summarizeUpdateCheck("1.2.0", { isUpdateAvailable: true, version: "1.3.0" })).toEqual({
      status: "available",
      currentVersion: "1.2.0",
      availableVersion: "1.3.0",
    });
  });

  it("says the app is up to date when the feed has nothing newer", () => {
    expect(summarizeUpdateCheck("1.2.0", { isUpdateAvailable: false, version: "1.2.0" })).toEqual({
      status: "up-to-date",
      currentVersion: "1.2.0",
    });
    expect(summarizeUpdateCheck("1.2.0", null)).toMatchObject({ status: "up-to-date" });
  });

  it("explains why updates are off instead of checking", () => {
    expect(disabledUpdateCheck({ enabled: false, reason: "Managed by IT." })).toEqual({
      status: "disabled",
      reason: "Managed by IT.",
    });
    expect(disabledUpdateCheck({ enabled: true, feedUrl: undefined })).toBeUndefined();
  });
});
