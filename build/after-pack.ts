// electron-builder afterPack hook: runs for every platform after the app is assembled and before
// it is signed (electron-builder flips the fuses of electron-builder.yml `electronFuses` in the
// same window). It states in the build log whether this build will be signed and notarized, so
// an unsigned artifact is never mistaken for a release, and stops a signed macOS build that
// could not do Touch ID (build/mac-signing.ts; `npm run package` supplies what it needs).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readBuildIdentity } from "../main/core/touch-id.ts";
import { hasTeamIdPlaceholder } from "./mac-signing.ts";
import { signingStatus } from "./signing-status.ts";

export type AfterPackContext = {
  electronPlatformName: string;
  appOutDir: string;
  packager: {
    appInfo: { productFilename: string };
    platformSpecificBuildOptions: {
      provisioningProfile?: string | null;
      entitlements?: string | null;
    };
  };
};

export default function afterPack(context: AfterPackContext): void {
  const platform = context.electronPlatformName;
  const status = signingStatus(platform, process.env);
  console.log(
    `  • gatehouse ${status.signed ? "signing" : "UNSIGNED"} (${platform}): ${status.summary}`,
  );
  if (platform === "darwin" && status.signed) {
    const problems = macTouchIdProblems(context);
    if (problems.length > 0) {
      // A signed app whose restricted entitlement is not backed by a profile would not launch.
      throw new Error(
        `Signed macOS build stopped: ${problems.join("; ")}. Build with \`npm run package\` and APPLE_TEAM_ID and GATEHOUSE_MAC_PROVISIONING_PROFILE set (docs/desktop.md).`,
      );
    }
  }
}

export function macTouchIdProblems(context: AfterPackContext): string[] {
  const options = context.packager.platformSpecificBuildOptions;
  const problems: string[] = [];
  const profile = options.provisioningProfile ?? "";
  if (profile === "") {
    problems.push("no provisioning profile (mac.provisioningProfile) is set");
  } else if (!existsSync(profile)) {
    problems.push(`the provisioning profile ${profile} does not exist`);
  }
  const entitlements = options.entitlements ?? "";
  if (entitlements === "" || !existsSync(entitlements)) {
    problems.push("the entitlements file is missing");
  } else if (hasTeamIdPlaceholder(readFileSync(entitlements, "utf8"))) {
    problems.push("the entitlements still have the TEAMID placeholder");
  }
  const infoPlist = path.join(
    context.appOutDir,
    `${context.packager.appInfo.productFilename}.app`,
    "Contents",
    "Info.plist",
  );
  const identity = existsSync(infoPlist)
    ? readBuildIdentity(readFileSync(infoPlist, "utf8"))
    : { teamId: undefined };
  if (identity.teamId === undefined) {
    problems.push("Info.plist has no ElectronTeamID");
  }
  return problems;
}
