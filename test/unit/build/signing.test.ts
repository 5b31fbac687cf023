// Builds without credentials are unsigned and say so; a signed macOS build needs the team ID
// and the provisioning profile, or it stops.

const root = path.resolve(import.meta.dirname, "../../..");
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import plist from "plist";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import afterPack, { macTouchIdProblems } from "../../../build/after-pack.ts";
import { applyTeamId, hasTeamIdPlaceholder, planMacSigning } from "../../../build/mac-signing.ts";
import { signingStatus } from "../../../build/signing-status.ts";

describe("signing status", () => {
  it("reports an unsigned build when no credentials are in the environment", () => {
    for (const platform of ["darwin", "win32"]) {
      const status = signingStatus(platform, {});
      expect(status).toMatchObject({ signed: false, notarized: false });
      expect(status.summary).toMatch(/^UNSIGNED/);
    }
  });

  it("signs Windows installers with a certificate from the environment", () => {
    expect(signingStatus("win32", { WIN_CSC_LINK: "file:///secure/cert.pfx" }).signed).toBe(true);
  });

  it("notarizes a Mac build only with a complete set of Apple credentials", () => {
    const identity = { CSC_LINK: "base64-p12" };
    expect(signingStatus("darwin", identity)).toMatchObject({ signed: true, notarized: false });
    expect(
      signingStatus("darwin", { ...identity, APPLE_API_KEY: "k.p8", APPLE_API_KEY_ID: "ABC" }),
    ).toMatchObject({ notarized: false });
    expect(
      signingStatus("darwin", {
        ...identity,
        APPLE_API_KEY: "k.p8",
        APPLE_API_KEY_ID: "ABC",
        APPLE_API_ISSUER: "issuer",
      }),
    ).toMatchObject({ signed: true, notarized: true });
  });
});

describe("a signed macOS build", () => {
  const template = readFileSync(path.join(root, "build/entitlements.mac.plist"), "utf8");
  const certificate = { CSC_LINK: "base64-p12" };

  it("gets the team's keychain group, the team ID and the profile from the environment", () => {
    const plan = planMacSigning(
      {
        ...certificate,
        APPLE_TEAM_ID: "AB12CD34EF",
        GATEHOUSE_MAC_PROVISIONING_PROFILE: "p.provisionprofile",
      },
      template,
    );
    expect(plan).toMatchObject({
      kind: "signed",
      teamId: "AB12CD34EF",
      provisioningProfile: "p.provisionprofile",
    });
    const entitlements = plan.kind === "signed" ? plan.entitlements : "";
    expect(plist.parse(entitlements)).toMatchObject({
      "keychain-access-groups": ["AB12CD34EF.com.gatehouse.desktop.webauthn"],
    });
    expect(hasTeamIdPlaceholder(entitlements)).toBe(false);
  });

  it("stops with a message naming what is missing: the team ID, the provisioning profile", () => {
    const noProfile = planMacSigning({ ...certificate, APPLE_TEAM_ID: "AB12CD34EF" }, template);
    expect(noProfile.kind).toBe("incomplete");
    expect(noProfile.kind === "incomplete" ? noProfile.message : "").toMatch(
      /needs GATEHOUSE_MAC_PROVISIONING_PROFILE .*keychain-access-groups/,
    );
    const neither = planMacSigning({ ...certificate, APPLE_TEAM_ID: "ab12</string>" }, template);
    expect(neither.kind === "incomplete" ? neither.message : "").toMatch(
      /APPLE_TEAM_ID .* and GATEHOUSE_MAC/,
    );
  });

  it("needs nothing of it when unsigned", () => {
    expect(planMacSigning({}, template)).toEqual({ kind: "unsigned" });
  });

  it("refuses a team ID that is not one", () => {
    expect(() => applyTeamId(template, "")).toThrow(/APPLE_TEAM_ID/);
    expect(() => applyTeamId(template, "ab12</string>")).toThrow(/APPLE_TEAM_ID/);
  });
});

describe("the afterPack check of a signed macOS build", () => {
  let directory = "";
  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), "gatehouse-afterpack-"));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const appWith = (infoPlist: Record<string, string>, entitlements: string, profile: boolean) => {
    const contents = path.join(directory, "Gatehouse.app", "Contents");
    mkdirSync(contents, { recursive: true });
    writeFileSync(path.join(contents, "Info.plist"), plist.build(infoPlist));
    writeFileSync(path.join(directory, "entitlements.plist"), entitlements);
    if (profile) {
      writeFileSync(path.join(directory, "embedded.provisionprofile"), "profile");
    }
    return {
      electronPlatformName: "darwin",
      appOutDir: directory,
      packager: {
        appInfo: { productFilename: "Gatehouse" },
        platformSpecificBuildOptions: {
          entitlements: path.join(directory, "entitlements.plist"),
          provisioningProfile: profile ? path.join(directory, "embedded.provisionprofile") : null,
        },
      },
    };
  };
  const template = readFileSync(path.join(root, "build/entitlements.mac.plist"), "utf8");

  it("lists every missing piece of a Touch ID-capable build", () => {
    expect(
      macTouchIdProblems(appWith({ CFBundleIdentifier: "com.gatehouse.desktop" }, template, false)),
    ).toEqual([
      "no provisioning profile (mac.provisioningProfile) is set",
      "the entitlements still have the TEAMID placeholder",
      "Info.plist has no ElectronTeamID",
    ]);
  });

  it("passes a build made by npm run package, and stops a signed one that was not", () => {
    const good = appWith(
      { CFBundleIdentifier: "com.gatehouse.desktop", ElectronTeamID: "AB12CD34EF" },
      applyTeamId(template, "AB12CD34EF"),
      true,
    );
    expect(macTouchIdProblems(good)).toEqual([]);
    const previous = process.env.CSC_NAME;
    process.env.CSC_NAME = "Developer ID Application: Example (AB12CD34EF)";
    try {
      expect(() => afterPack(good)).not.toThrow();
      expect(() => afterPack(appWith({ CFBundleIdentifier: "x.y" }, template, false))).toThrow(
        /Signed macOS build stopped: no provisioning profile/,
      );
    } finally {
      if (previous === undefined) {
        delete process.env.CSC_NAME;
      } else {
        process.env.CSC_NAME = previous;
      }
    }
  });
});
