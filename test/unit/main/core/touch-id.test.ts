import plist from "plist";
import { describe, expect, it } from "vitest";
import { planTouchId, readBuildIdentity } from "../../../../main/core/touch-id.ts";

const infoPlist = (values: Record<string, string>) =>
  plist.build({ CFBundleName: "Gatehouse", ...values });
const signed = infoPlist({
  ElectronTeamID: "AB12CD34EF",
  CFBundleIdentifier: "com.gatehouse.desktop",
});
const mac = { platform: "darwin" as const, isPackaged: true, apiAvailable: true };

describe("Touch ID for WebAuthn", () => {
  it("uses the keychain group of the team and bundle the build wrote into Info.plist", () => {
    expect(planTouchId({ ...mac, infoPlist: signed })).toEqual({
      kind: "configure",
      keychainAccessGroup: "AB12CD34EF.com.gatehouse.desktop.webauthn",
      promptReason: "sign in to $1",
    });
  });

  it("needs nothing from the environment: a Finder launch has none", () => {
    const before = { ...process.env };
    delete process.env.GATEHOUSE_APPLE_TEAM_ID;
    delete process.env.APPLE_TEAM_ID;
    try {
      expect(planTouchId({ ...mac, infoPlist: signed }).kind).toBe("configure");
    } finally {
      Object.assign(process.env, before);
    }
  });

  it("says why it is unavailable in every build that cannot have it", () => {
    const cases = [
      { ...mac, apiAvailable: false, infoPlist: signed, why: /configureWebAuthn/ },
      { ...mac, isPackaged: false, infoPlist: signed, why: /development build/ },
      { ...mac, infoPlist: undefined, why: /could not be read/ },
      {
        ...mac,
        infoPlist: infoPlist({ CFBundleIdentifier: "com.gatehouse.desktop" }),
        why: /not signed for a team/,
      },
      {
        ...mac,
        infoPlist: infoPlist({
          ElectronTeamID: "ab12</key>",
          CFBundleIdentifier: "com.gatehouse.desktop",
        }),
        why: /not signed for a team/,
      },
      { ...mac, infoPlist: infoPlist({ ElectronTeamID: "AB12CD34EF" }), why: /CFBundleIdentifier/ },
      { ...mac, infoPlist: "not a plist <", why: /not signed for a team/ },
    ];
    for (const { why, ...input } of cases) {
      const plan = planTouchId(input);
      expect(plan.kind).toBe("unavailable");
      expect(plan.kind === "unavailable" ? plan.reason : "").toMatch(why);
      expect(plan.kind === "unavailable" ? plan.reason : "").toMatch(/password and MFA/);
    }
  });

  it("is not configured on Windows (Windows Hello needs nothing) or Linux", () => {
    for (const platform of ["win32", "linux"] as const) {
      expect(planTouchId({ ...mac, platform, infoPlist: signed })).toEqual({
        kind: "not-applicable",
      });
    }
  });

  it("reads the identity from a real Info.plist shape and nothing else", () => {
    expect(readBuildIdentity(signed)).toEqual({
      teamId: "AB12CD34EF",
      bundleId: "com.gatehouse.desktop",
    });
    expect(readBuildIdentity(plist.build([1, 2]))).toEqual({
      teamId: undefined,
      bundleId: undefined,
    });
  });
});
