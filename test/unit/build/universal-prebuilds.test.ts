import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  argon2Prebuilds,
  missingPrebuilds,
  prebuildSpecs,
  readArgon2Manifest,
} from "../../../build/universal-prebuilds.ts";

const root = path.resolve(import.meta.dirname, "../../..");

describe("argon2 prebuilds for the universal macOS app", () => {
  it("are both darwin packages at the version the installed @node-rs/argon2 pins", () => {
    const manifest = JSON.parse(readArgon2Manifest(root)) as { version: string };
    expect(prebuildSpecs(readArgon2Manifest(root))).toEqual([
      `@node-rs/argon2-darwin-x64@${manifest.version}`,
      `@node-rs/argon2-darwin-arm64@${manifest.version}`,
    ]);
  });

  it("stop the build when @node-rs/argon2 drops one of them", () => {
    expect(() =>
      prebuildSpecs(
        JSON.stringify({ optionalDependencies: { "@node-rs/argon2-darwin-x64": "2.2.1" } }),
      ),
    ).toThrow(/argon2-darwin-arm64/);
  });

  it("are reported missing on a machine that installed only its own (this Linux one)", () => {
    expect(missingPrebuilds(root)).toEqual(argon2Prebuilds);
  });
});
