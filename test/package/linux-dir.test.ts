// Packaging, tested here without an Electron binary: electron-builder packs the built app
// (`npm run build` first) for Linux with `--dir` onto a stand-in Electron distribution — a file
// carrying Electron 45's fuse wire is all the afterPack step needs — and the test reads back
// what shipped: the fuses electron-builder flipped, the asar's contents and the update feed.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { FuseV1Options, getCurrentFuseWire } from "@electron/fuses";
import { build } from "electron-builder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const asar = createRequire(createRequire(import.meta.url).resolve("app-builder-lib/package.json"))(
  "@electron/asar",
) as { listPackage(archive: string, options: { isPack: boolean }): string[] };

/** @electron/fuses' sentinel, then wire version 1, 8 fuses, as Electron 45 ships them. */
const sentinel = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
const electronDefaults = "10110001";

let workDirectory = "";
let appDirectory = "";
beforeAll(async () => {
  if (!existsSync(path.join(root, "out/main/index.cjs"))) {
    throw new Error("Run `npm run build` first: packaging takes the built app from out/.");
  }
  workDirectory = mkdtempSync(path.join(tmpdir(), "gatehouse-package-"));
  const standIn = path.join(workDirectory, "electron-dist");
  mkdirSync(path.join(standIn, "resources"), { recursive: true });
  const binary = path.join(standIn, "electron");
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.from("#!/bin/sh\necho stand-in for Electron\n"),
      Buffer.from(sentinel, "latin1"),
      Buffer.from([1, electronDefaults.length]),
      Buffer.from(electronDefaults, "latin1"),
    ]),
  );
  chmodSync(binary, 0o755);
  writeFileSync(path.join(standIn, "version"), "45.5.0");
  process.env.GATEHOUSE_UPDATE_FEED_URL = "https://updates.example.com/gatehouse";
  await build({
    projectDir: root,
    linux: ["dir"],
    publish: "never",
    config: { electronDist: standIn, directories: { output: path.join(workDirectory, "dist") } },
  });
  appDirectory = path.join(workDirectory, "dist", "linux-unpacked");
}, 300_000);
afterAll(() => {
  if (workDirectory !== "") {
    rmSync(workDirectory, { recursive: true, force: true });
  }
});

describe("the packaged Linux app", () => {
  it("has the fuses of electron-builder.yml flipped in its executable", async () => {
    const wire = await getCurrentFuseWire(path.join(appDirectory, "gatehouse"));
    const on = (option: FuseV1Options) => String.fromCharCode(wire[option] ?? 0);
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      cookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      nodeOptions: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: on(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      grantFileProtocolExtraPrivileges: on(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: "0",
      cookieEncryption: "1",
      nodeOptions: "0",
      inspect: "0",
      asarIntegrity: "1",
      onlyAsar: "1",
      grantFileProtocolExtraPrivileges: "0",
    });
  });

  it("ships the built app in its asar and nothing of the sources, maps or icons", () => {
    const files = asar
      .listPackage(path.join(appDirectory, "resources", "app.asar"), {
        isPack: false,
      })
      .map((file) => file.replaceAll("\\", "/"));
    for (const file of [
      "/package.json",
      "/out/main/index.cjs",
      "/out/preload/index.cjs",
      "/out/renderer/index.html",
      "/out/server/bundled.mjs",
      "/node_modules/@node-rs/argon2/package.json",
      "/node_modules/fastify/package.json",
    ]) {
      expect(files).toContain(file);
    }
    const own = files.filter((file) => !file.startsWith("/node_modules/"));
    expect(
      own.filter((file) =>
        /\.map$|^\/out\/(tsc|icons|build)\b|^\/(main|server|renderer|test|build)\//.test(file),
      ),
    ).toEqual([]);
    // Development tools never ship.
    expect(
      files.filter((file) =>
        /^\/node_modules\/(electron|vitest|playwright|typescript)\//.test(file),
      ),
    ).toEqual([]);
  });

  it("ships no server chunk that no entry reaches (nothing left from an earlier build)", () => {
    const archive = path.join(appDirectory, "resources", "app.asar");
    const chunks = asar
      .listPackage(archive, { isPack: false })
      .map((file) => file.replaceAll("\\", "/"))
      .filter((file) => /^\/out\/server\/[^/]+\.mjs$/.test(file))
      .map((file) => path.posix.basename(file));
    const reached = new Set<string>();
    const pending = ["bundled.mjs", "cli.mjs"];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (reached.has(next)) {
        continue;
      }
      reached.add(next);
      const source = readFileSync(path.join(root, "out/server", next), "utf8");
      for (const match of source.matchAll(
        /(?:from\s*|import\s*\(\s*|import\s*)"\.\/([^"]+\.mjs)"/g,
      )) {
        pending.push(match[1] ?? "");
      }
    }
    expect(chunks).toContain("bundled.mjs");
    expect(chunks.filter((chunk) => !reached.has(chunk))).toEqual([]);
  });

  it("unpacks the native argon2 binary next to the asar, where Node can load it", () => {
    const unpacked = path.join(
      appDirectory,
      "resources",
      "app.asar.unpacked",
      "node_modules",
      "@node-rs",
    );
    expect(
      existsSync(path.join(unpacked, "argon2-linux-x64-gnu", "argon2.linux-x64-gnu.node")),
    ).toBe(true);
  });

  it("carries the generic update feed the app's updater reads", () => {
    const feed = readFileSync(path.join(appDirectory, "resources", "app-update.yml"), "utf8");
    expect(feed).toContain("provider: generic");
    expect(feed).toContain("url: https://updates.example.com/gatehouse");
  });
});
