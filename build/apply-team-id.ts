// `node build/apply-team-id.ts`: before a signed macOS build, writes the Apple team ID (from
// APPLE_TEAM_ID) into the keychain access group of build/entitlements.mac.plist. The team ID is
// public (it is in every signed app), but it belongs to whoever signs, so the file keeps a
// placeholder; build/after-pack.ts refuses to sign while the placeholder is still there.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const teamIdPlaceholder = "TEAMID.";
export const entitlementsFile = fileURLToPath(new URL("entitlements.mac.plist", import.meta.url));

export function applyTeamId(entitlements: string, teamId: string): string {
  if (!/^[A-Z0-9]{10}$/.test(teamId)) {
    throw new Error(`APPLE_TEAM_ID must be 10 capital letters or digits, got "${teamId}".`);
  }
  return entitlements.replaceAll(`>${teamIdPlaceholder}`, `>${teamId}.`);
}

export function hasTeamIdPlaceholder(entitlements: string): boolean {
  return entitlements.includes(`>${teamIdPlaceholder}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const teamId = process.env.APPLE_TEAM_ID ?? "";
  writeFileSync(entitlementsFile, applyTeamId(readFileSync(entitlementsFile, "utf8"), teamId));
  console.log(`Keychain access group set for team ${teamId}.`);
}
