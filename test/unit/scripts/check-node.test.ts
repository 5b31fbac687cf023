// Every npm entry point says "Gatehouse needs Node 24 (you have vX)" under an older Node, even
// where the TypeScript entry points could not load at all.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

function checkUnder(version: string) {
  // Pretends to be another Node by replacing process.versions.node before the script runs.
  const pretend = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  return spawnSync(process.execPath, ["--import", pretend, "scripts/check-node.mjs"], {
    encoding: "utf8",
  });
}

describe("the Node version check", () => {
  it("stops older versions with the version they have", () => {
    for (const version of ["20.11.1", "22.18.0", "23.9.0", "8.0.0"]) {
      const result = checkUnder(version);
      expect(result.status, version).toBe(1);
      expect(result.stderr).toContain(`Gatehouse needs Node 24 (you have v${version})`);
    }
  });

  it("lets Node 24 and later through silently", () => {
    for (const version of ["24.0.0", "24.11.2", "25.1.0"]) {
      expect(checkUnder(version)).toMatchObject({ status: 0, stderr: "" });
    }
  });

  const systemNode = "/usr/bin/node";
  const systemVersion = existsSync(systemNode)
    ? spawnSync(systemNode, ["-p", "process.versions.node"], { encoding: "utf8" }).stdout.trim()
    : "";
  it.skipIf(!/^(1\d|2[0-3])\./.test(systemVersion))(
    `runs under the machine's own older Node (${systemVersion || "none found"})`,
    () => {
      const result = spawnSync(systemNode, ["scripts/check-node.mjs"], { encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`(you have v${systemVersion})`);
    },
  );

  it("runs first in every script that starts project code", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
    };
    const startsCode = /\bnode \S+\.ts\b|\bvitest\b|\bplaywright\b|\bvite\b/;
    const checked = Object.entries(scripts).filter(([, command]) => startsCode.test(command));
    expect(checked.length).toBeGreaterThanOrEqual(10);
    for (const [name, command] of checked) {
      expect(command.startsWith("node scripts/check-node.mjs && "), name).toBe(true);
    }
  });
});
