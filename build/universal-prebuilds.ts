// A universal macOS app holds both Intel and Apple silicon code, but npm installs only the
// host's @node-rs/argon2 binary. Before a macOS build both darwin prebuilds are installed, so
// both halves of the app carry both; electron-builder.yml `mac.x64ArchFiles` tells
// @electron/universal that these already-per-architecture files are the same in both halves.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const argon2Prebuilds = ["@node-rs/argon2-darwin-x64", "@node-rs/argon2-darwin-arm64"];

/** `name@version` of each darwin prebuild, at the version @node-rs/argon2 itself pins. */
export function prebuildSpecs(argon2PackageJson: string): string[] {
  const manifest = JSON.parse(argon2PackageJson) as {
    optionalDependencies?: Record<string, string>;
  };
  return argon2Prebuilds.map((name) => {
    const version = manifest.optionalDependencies?.[name];
    if (version === undefined) {
      throw new Error(
        `@node-rs/argon2 no longer lists ${name}; update build/universal-prebuilds.ts`,
      );
    }
    return `${name}@${version}`;
  });
}

export function missingPrebuilds(projectRoot: string): string[] {
  return argon2Prebuilds.filter(
    (name) => !existsSync(path.join(projectRoot, "node_modules", name, "package.json")),
  );
}

export function readArgon2Manifest(projectRoot: string): string {
  return readFileSync(path.join(projectRoot, "node_modules/@node-rs/argon2/package.json"), "utf8");
}
