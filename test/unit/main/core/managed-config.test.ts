// The OS policy stores, read from fixture files exactly as macOS and reg.exe hand them over.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  mergeManagedPreferences,
  parseManagedPreferencesPlist,
} from "../../../../main/core/mac-managed-preferences.ts";
import { validateManagedPolicy } from "../../../../main/core/managed-policy.ts";
import { parseRegQueryOutput } from "../../../../main/core/windows-registry-policy.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/managed-config/${name}`, import.meta.url), "utf8");

const readMac = (...names: string[]) => {
  const raw = mergeManagedPreferences(
    ...names.map((name) => parseManagedPreferencesPlist(fixture(name))),
  );
  return validateManagedPolicy("macos-managed-preferences", raw.values, raw.problems);
};
const readWindows = (name: string) => {
  const raw = parseRegQueryOutput(fixture(name));
  return validateManagedPolicy("windows-group-policy", raw.values, raw.problems);
};

const completePolicy = {
  portalUrl: "https://portal.example.com",
  enrollmentToken: "gh_enroll.4f9c2d1e8b7a6f50",
  disallowPortalUrlChange: true,
  disableAutoUpdate: false,
  updateFeedUrl: "https://updates.example.com/gatehouse/",
  launchAtLogin: true,
};

describe("macOS managed preferences", () => {
  it("reads every setting an MDM profile can push, keeping only the portal's origin", () => {
    expect(readMac("macos-complete.plist")).toEqual({
      store: "macos-managed-preferences",
      policy: completePolicy,
      problems: [],
    });
  });

  it("lets the user-scoped profile override the machine-wide one, key by key", () => {
    const read = readMac("macos-complete.plist", "macos-user-override.plist");
    expect(read.policy.portalUrl).toBe("https://eu.portal.example.com");
    expect(read.policy.enrollmentToken).toBe(completePolicy.enrollmentToken);
  });

  it("drops each bad value and names the key: insecure URL, empty, wrong type", () => {
    const read = readMac("macos-bad-values.plist");
    expect(read.policy).toEqual({});
    const reasons = Object.fromEntries(read.problems.map(({ key, reason }) => [key, reason]));
    const expected: Record<string, RegExp> = {
      PortalUrl: /https:\/\//,
      EnrollmentToken: /empty/,
      DisallowPortalUrlChange: /true\/false.*a string/,
      DisableAutoUpdate: /the number 2/,
      UpdateFeedUrl: /https:\/\//,
      LaunchAtLogin: /a list/,
    };
    expect(Object.keys(reasons).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, pattern] of Object.entries(expected)) {
      expect(reasons[key]).toMatch(pattern);
    }
  });

  it("reports a corrupt or non-dictionary file instead of throwing", () => {
    for (const name of ["macos-corrupt.plist", "macos-not-a-dictionary.plist"]) {
      const read = readMac(name);
      expect(read.policy).toEqual({});
      expect(read.problems.map((problem) => problem.key)).toEqual(["(file)"]);
    }
  });
});

describe("Windows Group Policy (reg query output)", () => {
  it("reads strings, expandable strings and DWORD flags", () => {
    expect(readWindows("windows-complete.txt")).toEqual({
      store: "windows-group-policy",
      policy: completePolicy,
      problems: [],
    });
  });

  it("drops each bad value and names the key", () => {
    const read = readWindows("windows-bad-values.txt");
    expect(read.policy).toEqual({});
    expect(read.problems.map((problem) => problem.key).sort()).toEqual([
      "DisableAutoUpdate",
      "DisallowPortalUrlChange",
      "EnrollmentToken",
      "LaunchAtLogin",
      "PortalUrl",
      "UpdateFeedUrl",
    ]);
    expect(read.problems.find((problem) => problem.key === "LaunchAtLogin")?.reason).toMatch(
      /REG_BINARY/,
    );
  });

  it("ignores values of subkeys, which the ADMX template never writes", () => {
    expect(readWindows("windows-with-subkey.txt").policy).toEqual({
      portalUrl: "https://portal.example.com",
    });
  });

  it("treats an empty key as no policy at all", () => {
    expect(
      parseRegQueryOutput("\r\nHKEY_LOCAL_MACHINE\\Software\\Policies\\Gatehouse\r\n"),
    ).toEqual({ values: {}, problems: [] });
  });
});

describe("policy values", () => {
  it("refuses a portal with credentials, a bare host name and a malformed enrollment token", () => {
    const read = validateManagedPolicy("windows-group-policy", {
      PortalUrl: "https://admin:secret@portal.example.com",
      EnrollmentToken: "short",
    });
    expect(read.policy).toEqual({});
    expect(read.problems.map((problem) => problem.key)).toEqual(["PortalUrl", "EnrollmentToken"]);
    expect(
      validateManagedPolicy("windows-group-policy", { PortalUrl: "portal.example.com" }).problems,
    ).toHaveLength(1);
    expect(
      validateManagedPolicy("windows-group-policy", { EnrollmentToken: "a b<script>c d e f" })
        .problems,
    ).toHaveLength(1);
  });
});
