// `npm run package -- [--mac|--win|--linux] [--dir]`: builds the installers with electron-builder
// after what it cannot do itself: both macOS argon2 prebuilds for the universal app
// (build/universal-prebuilds.ts) and, for a signed macOS build, the team's entitlements, the
// team ID in Info.plist and the provisioning profile (build/mac-signing.ts). Run `npm run build`
// first; it renders the icons too.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type Configuration } from "electron-builder";
import { planMacSigning } from "../build/mac-signing.ts";
import {
  missingPrebuilds,
  prebuildSpecs,
  readArgon2Manifest,
} from "../build/universal-prebuilds.ts";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const wants = (flag: string) => args.includes(flag);
const macBuild =
  wants("--mac") || (!wants("--win") && !wants("--linux") && process.platform === "darwin");

let overrides: Configuration = {};
if (macBuild) {
  if (missingPrebuilds(root).length > 0) {
    const specs = prebuildSpecs(readArgon2Manifest(root));
    console.log(`Installing ${specs.join(", ")} for the universal app`);
    // --force: npm otherwise refuses a package for the other CPU (EBADPLATFORM).
    execFileSync("npm", ["install", "--no-save", "--force", ...specs], {
      cwd: root,
      stdio: "inherit",
    });
  }
  const plan = planMacSigning(
    process.env,
    readFileSync(path.join(root, "build/entitlements.mac.plist"), "utf8"),
  );
  if (plan.kind === "incomplete") {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.kind === "signed") {
    const entitlements = path.join(root, "out/build/entitlements.mac.plist");
    mkdirSync(path.dirname(entitlements), { recursive: true });
    writeFileSync(entitlements, plan.entitlements);
    overrides = {
      mac: {
        entitlements,
        provisioningProfile: path.resolve(plan.provisioningProfile),
        extendInfo: { ElectronTeamID: plan.teamId },
      },
    };
  }
}

await build({
  ...(wants("--mac") ? { mac: wants("--dir") ? ["dir"] : [] } : {}),
  ...(wants("--win") ? { win: wants("--dir") ? ["dir"] : [] } : {}),
  ...(wants("--linux") ? { linux: wants("--dir") ? ["dir"] : [] } : {}),
  ...(!wants("--mac") && !wants("--win") && !wants("--linux") && wants("--dir")
    ? { dir: true }
    : {}),
  publish: "never",
  config: overrides,
});
