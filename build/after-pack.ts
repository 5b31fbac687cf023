// electron-builder afterPack hook: runs for every platform after the app is assembled and before
// it is signed (electron-builder flips the fuses of electron-builder.yml `electronFuses` in the
// same window). It states in the build log whether this build will be signed and notarized, so
// an unsigned artifact is never mistaken for a release.
import { readFileSync } from "node:fs";
import { entitlementsFile, hasTeamIdPlaceholder } from "./apply-team-id.ts";
import { signingStatus } from "./signing-status.ts";

type AfterPackContext = { electronPlatformName: string; appOutDir: string };

export default function afterPack(context: AfterPackContext): void {
  const platform = context.electronPlatformName;
  const status = signingStatus(platform, process.env);
  console.log(
    `  • gatehouse ${status.signed ? "signing" : "UNSIGNED"} (${platform}): ${status.summary}`,
  );
  if (
    platform === "darwin" &&
    status.signed &&
    hasTeamIdPlaceholder(readFileSync(entitlementsFile, "utf8"))
  ) {
    // A signed app whose restricted entitlement names no real team would not launch at all.
    throw new Error(
      "Signing for macOS, but build/entitlements.mac.plist still has the TEAMID placeholder: run `node build/apply-team-id.ts` with APPLE_TEAM_ID set.",
    );
  }
}
