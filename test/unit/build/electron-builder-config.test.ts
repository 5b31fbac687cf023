// electron-builder.yml is checked with electron-builder's own loader and JSON-schema validation
// (offline), and the packaged-app options the security design relies on are asserted one by one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FuseV1Options } from "@electron/fuses";
import { PlatformPackager } from "app-builder-lib";
import type { Configuration } from "app-builder-lib";
import { getConfig, validateConfiguration } from "app-builder-lib/out/util/config/config.js";
import { createRequire } from "node:module";
import plist from "plist";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const silentDebugLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<
  typeof validateConfiguration
>[1];

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, path.join(root, "electron-builder.yml"), null);
});

// The very minimatch @electron/universal applies x64ArchFiles with.
const requireFromUniversal = createRequire(
  createRequire(import.meta.url).resolve("@electron/universal"),
);
const { minimatch } = requireFromUniversal("minimatch") as {
  minimatch: (file: string, pattern: string, options: { matchBase: boolean }) => boolean;
};

const readPlist = (file: string) =>
  plist.parse(readFileSync(path.join(root, file), "utf8")) as Record<string, unknown>;

describe("electron-builder.yml", () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, silentDebugLogger)).resolves.toBeUndefined();
  });

  it("would be refused by that validation if it had a misspelt option", async () => {
    const broken = { ...config, mac: { ...config.mac, hardenedRuntim: true } } as Configuration;
    await expect(validateConfiguration(broken, silentDebugLogger)).rejects.toThrow(
      /Invalid configuration object[\s\S]*configuration\.mac/,
    );
  });

  it("flips the Electron fuses of docs/design.md §6 at packaging", async () => {
    // electron-builder's own mapping from the yml to @electron/fuses, as used when packaging.
    const generate = (
      PlatformPackager.prototype as unknown as {
        generateFuseConfig: (fuses: unknown) => Promise<Record<number, boolean>>;
      }
    ).generateFuseConfig;
    const fuses = await generate.call({}, config.electronFuses);
    expect(fuses).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
    expect(config.asar).toBe(true); // the ASAR fuses need an ASAR archive
  });

  it("registers gatehouse:// in every installer", () => {
    expect(config.protocols).toEqual([{ name: "Gatehouse link", schemes: ["gatehouse"] }]);
  });

  it("builds dmg and pkg for macOS, and the zip electron-updater's MacUpdater installs", () => {
    expect(config.appId).toBe("com.gatehouse.desktop");
    expect(config.mac?.target).toEqual([
      { target: "dmg", arch: "universal" },
      { target: "pkg", arch: "universal" },
      { target: "zip", arch: "universal" },
    ]);
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: "build/entitlements.mac.plist",
    });
  });

  it("builds NSIS and a per-machine MSI for Windows, AppImage and deb for Linux", () => {
    expect(config.win?.target).toEqual([
      { target: "nsis", arch: "x64" },
      { target: "msi", arch: "x64" },
    ]);
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.upgradeCode).toMatch(/^[0-9a-f-]{36}$/);
    expect(config.linux?.target).toEqual(["AppImage", "deb"]);
  });

  it("packages only the build output, and the app's entry point is in it", () => {
    // getConfig normalizes the yml's list into one file set.
    expect(config.files).toEqual([
      {
        filter: [
          "package.json",
          "out/**",
          "!out/tsc/**",
          "!out/icons/**",
          "!out/build/**",
          "!**/*.map",
        ],
      },
    ]);
    const packageJson = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
      main: string;
    };
    expect(packageJson.main).toBe("out/main/index.cjs");
  });

  it("merges the universal macOS app with both argon2 prebuilds kept per architecture", () => {
    // @electron/universal matches x64ArchFiles with minimatch and matchBase (dist/cjs/index.js).
    const pattern = config.mac?.x64ArchFiles ?? "";
    const unpacked = "Contents/Resources/app.asar.unpacked/node_modules/@node-rs";
    for (const file of [
      `${unpacked}/argon2-darwin-x64/argon2.darwin-x64.node`,
      `${unpacked}/argon2-darwin-arm64/argon2.darwin-arm64.node`,
    ]) {
      expect(minimatch(file, pattern, { matchBase: true })).toBe(true);
    }
    expect(minimatch("Contents/MacOS/Gatehouse", pattern, { matchBase: true })).toBe(false);
    expect(config.mac?.mergeASARs).not.toBe(false);
  });

  it("points every platform at the icons rendered from build/icon.svg", () => {
    expect([config.icon, config.mac?.icon, config.win?.icon, config.linux?.icon]).toEqual([
      "out/icons/icon.png",
      "out/icons/icon.icns",
      "out/icons/icon.ico",
      "out/icons/png",
    ]);
    const build = readFileSync(path.join(root, "scripts/build.ts"), "utf8");
    expect(build).toMatch(/generateIcons\("out\/icons"\)/);
  });

  it("registers gatehouse:// in NSIS and the MSI, which electron-builder leaves to AppX", () => {
    expect(config.nsis?.include).toBe("build/installer.nsh");
    expect(config.msiProjectCreated).toBe("./build/msi-project-created.ts");
  });

  it("keeps every credential out of the file", () => {
    const text = readFileSync(path.join(root, "electron-builder.yml"), "utf8");
    expect(text).not.toMatch(/password:|cscKeyPassword|certificatePassword|appleIdPassword/i);
    expect(config.publish).toEqual([
      { provider: "generic", url: "${env.GATEHOUSE_UPDATE_FEED_URL}" },
    ]);
  });
});

describe("macOS entitlements", () => {
  it("allow V8's JIT under the hardened runtime and name the Touch ID keychain group", () => {
    const app = readPlist("build/entitlements.mac.plist");
    expect(app["com.apple.security.cs.allow-jit"]).toBe(true);
    expect(app["keychain-access-groups"]).toEqual(["TEAMID.com.gatehouse.desktop.webauthn"]);
    // Nothing that would weaken the hardened runtime.
    for (const key of Object.keys(app)) {
      expect(key).not.toMatch(/disable-library-validation|allow-dyld-environment-variables/);
    }
    expect(readPlist("build/entitlements.mac.inherit.plist")).toEqual({
      "com.apple.security.cs.allow-jit": true,
    });
  });
});
