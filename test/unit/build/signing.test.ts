// Builds without credentials are unsigned and say so; a signed macOS build needs the team ID.
import { describe, expect, it } from "vitest";
import afterPack from "../../../build/after-pack.ts";
import { applyTeamId, hasTeamIdPlaceholder } from "../../../build/apply-team-id.ts";
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

describe("keychain access group team ID", () => {
  const entitlements = "<array><string>TEAMID.com.gatehouse.desktop.webauthn</string></array>";

  it("is written into the entitlements before a signed Mac build", () => {
    const applied = applyTeamId(entitlements, "AB12CD34EF");
    expect(applied).toContain(">AB12CD34EF.com.gatehouse.desktop.webauthn<");
    expect(hasTeamIdPlaceholder(applied)).toBe(false);
    expect(hasTeamIdPlaceholder(entitlements)).toBe(true);
  });

  it("must look like an Apple team ID", () => {
    expect(() => applyTeamId(entitlements, "")).toThrow(/APPLE_TEAM_ID/);
    expect(() => applyTeamId(entitlements, "ab12</string>")).toThrow(/APPLE_TEAM_ID/);
  });

  it("stops a signed Mac build that still has the placeholder", () => {
    const previous = process.env.CSC_NAME;
    process.env.CSC_NAME = "Developer ID Application: Example";
    try {
      expect(() => afterPack({ electronPlatformName: "darwin", appOutDir: "/tmp" })).toThrow(
        /TEAMID placeholder/,
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
