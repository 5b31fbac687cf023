import { describe, expect, it } from "vitest";
import {
  resolveDistributionSettings,
  type DistributionInputs,
} from "../../../../main/core/distribution-settings.ts";
import type { ManagedPolicy } from "../../../../main/core/managed-policy.ts";

const installed: DistributionInputs = {
  argv: [],
  environment: {},
  isPackaged: true,
  installation: "windows-nsis",
  savedLaunchAtLogin: undefined,
};
const withPolicy = (policy: ManagedPolicy): DistributionInputs => ({
  ...installed,
  managed: { store: "macos-managed-preferences", policy, problems: [] },
});

describe("updates", () => {
  it("use the installer's built-in feed unless IT names another", () => {
    expect(resolveDistributionSettings(installed).updates).toEqual({
      enabled: true,
      feedUrl: undefined,
    });
    expect(
      resolveDistributionSettings(withPolicy({ updateFeedUrl: "https://mirror.example.com/gh/" }))
        .updates,
    ).toEqual({ enabled: true, feedUrl: "https://mirror.example.com/gh/" });
  });

  it("are off when the managed configuration says so, whatever else is set", () => {
    const off = resolveDistributionSettings({
      ...withPolicy({ disableAutoUpdate: true, updateFeedUrl: "https://mirror.example.com/" }),
      environment: { GATEHOUSE_UPDATE_FEED_URL: "https://dev.example.com/" },
    }).updates;
    expect(off.enabled).toBe(false);
    expect(off.enabled ? "" : off.reason.defaultMessage).toMatch(/organization/);
  });

  it("take a developer's feed from the environment only when it is https", () => {
    expect(
      resolveDistributionSettings({
        ...withPolicy({ updateFeedUrl: "https://mirror.example.com/" }),
        argv: ["--update-feed-url", "https://dev.example.com/feed/"],
      }).updates,
    ).toEqual({ enabled: true, feedUrl: "https://dev.example.com/feed/" });
    expect(
      resolveDistributionSettings({
        ...installed,
        environment: { GATEHOUSE_UPDATE_FEED_URL: "http://dev.example.com/" },
      }).updates,
    ).toMatchObject({ enabled: false });
  });

  it("are never run by the app itself when MSI or the system's package manager installed it", () => {
    for (const installation of ["windows-msi", "linux-package"] as const) {
      // Not even a feed named by IT turns them on: that copy is replaced by IT's next MSI.
      const updates = resolveDistributionSettings({
        ...withPolicy({ updateFeedUrl: "https://mirror.example.com/" }),
        installation,
      }).updates;
      expect(updates.enabled).toBe(false);
      expect(updates.enabled ? "" : updates.reason.defaultMessage).toMatch(
        installation === "windows-msi" ? /Windows Installer \(MSI\)/ : /package manager/,
      );
    }
    for (const installation of ["windows-nsis", "macos-app", "linux-appimage"] as const) {
      expect(resolveDistributionSettings({ ...installed, installation }).updates.enabled).toBe(
        true,
      );
    }
  });

  it("never run in a development build", () => {
    expect(resolveDistributionSettings({ ...installed, isPackaged: false }).updates).toMatchObject({
      enabled: false,
    });
  });
});

describe("launch at login", () => {
  it("is off by default for a user's own install and follows their choice", () => {
    expect(resolveDistributionSettings(installed).launchAtLogin).toEqual({
      enabled: false,
      managedByOrganization: false,
    });
    expect(
      resolveDistributionSettings({ ...installed, savedLaunchAtLogin: true }).launchAtLogin,
    ).toEqual({ enabled: true, managedByOrganization: false });
  });

  it("is on by default under managed configuration, and the user may still turn it off", () => {
    const managed = withPolicy({ portalUrl: "https://portal.example.com" });
    expect(resolveDistributionSettings(managed).launchAtLogin).toEqual({
      enabled: true,
      managedByOrganization: false,
    });
    expect(
      resolveDistributionSettings({ ...managed, savedLaunchAtLogin: false }).launchAtLogin.enabled,
    ).toBe(false);
  });

  it("is enforced when IT sets it explicitly", () => {
    expect(
      resolveDistributionSettings({
        ...withPolicy({ launchAtLogin: false }),
        savedLaunchAtLogin: true,
      }).launchAtLogin,
    ).toEqual({ enabled: false, managedByOrganization: true });
  });
});

describe("enrollment token", () => {
  it("comes from the environment in development, else from the policy store", () => {
    const managed = withPolicy({ enrollmentToken: "gh_enroll.from-policy" });
    expect(resolveDistributionSettings(managed).enrollmentToken).toBe("gh_enroll.from-policy");
    expect(
      resolveDistributionSettings({
        ...managed,
        environment: { GATEHOUSE_ENROLLMENT_TOKEN: "gh_enroll.from-env" },
      }).enrollmentToken,
    ).toBe("gh_enroll.from-env");
    expect(resolveDistributionSettings(installed).enrollmentToken).toBeUndefined();
  });
});
