// What a signed macOS build needs besides the certificate, all from the environment like the
// other signing inputs (docs/desktop.md): the team ID, written into the keychain access group of
// the entitlements and into Info.plist (ElectronTeamID, which main/core/touch-id.ts reads at run
// time), and the provisioning profile that grants the restricted keychain-access-groups
// entitlement. A signed build missing either stops here with a message naming it.
import { signingStatus } from "./signing-status.ts";

export const teamIdPlaceholder = "TEAMID.";
export const provisioningProfileVariable = "GATEHOUSE_MAC_PROVISIONING_PROFILE";

type Environment = Readonly<Record<string, string | undefined>>;

export type MacSigningPlan =
  | { kind: "unsigned" }
  | {
      kind: "signed";
      teamId: string;
      provisioningProfile: string;
      /** build/entitlements.mac.plist with the team's keychain access group. */
      entitlements: string;
    }
  | { kind: "incomplete"; message: string };

export function planMacSigning(
  environment: Environment,
  entitlementsTemplate: string,
): MacSigningPlan {
  if (!signingStatus("darwin", environment).signed) {
    return { kind: "unsigned" };
  }
  const teamId = (environment.APPLE_TEAM_ID ?? "").trim();
  const profile = (environment[provisioningProfileVariable] ?? "").trim();
  const missing: string[] = [];
  if (!/^[A-Z0-9]{10}$/.test(teamId)) {
    missing.push("APPLE_TEAM_ID (the 10-character Apple team ID)");
  }
  if (profile === "") {
    missing.push(
      `${provisioningProfileVariable} (path to a Developer ID provisioning profile granting keychain-access-groups)`,
    );
  }
  if (missing.length > 0) {
    return {
      kind: "incomplete",
      message: `A signed macOS build needs ${missing.join(" and ")}: Touch ID device login cannot work without ${missing.length > 1 ? "them" : "it"}.`,
    };
  }
  return {
    kind: "signed",
    teamId,
    provisioningProfile: profile,
    entitlements: applyTeamId(entitlementsTemplate, teamId),
  };
}

export function applyTeamId(entitlements: string, teamId: string): string {
  if (!/^[A-Z0-9]{10}$/.test(teamId)) {
    throw new Error(`APPLE_TEAM_ID must be 10 capital letters or digits, got "${teamId}".`);
  }
  return entitlements.replaceAll(`>${teamIdPlaceholder}`, `>${teamId}.`);
}

export function hasTeamIdPlaceholder(entitlements: string): boolean {
  return entitlements.includes(`>${teamIdPlaceholder}`);
}
