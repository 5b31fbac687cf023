import { describe, expect, it } from "vitest";
import { updateMessages } from "../../../../main/core/desktop-messages.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
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
    const managed = { enabled: false, reason: updateMessages.managed } as const;
    expect(disabledUpdateCheck(managed, createDesktopText("en"))).toEqual({
      status: "disabled",
      reason: "Your organization manages updates of this app.",
    });
    expect(disabledUpdateCheck(managed, createDesktopText("de"))).toEqual({
      status: "disabled",
      reason: "Ihre Organisation verwaltet die Updates dieser App.",
    });
    expect(
      disabledUpdateCheck({ enabled: true, feedUrl: undefined }, createDesktopText("en")),
    ).toBeUndefined();
  });
});
