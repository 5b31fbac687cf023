import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cpuProfileArgument,
  figureOf,
  FigureLog,
  jsonFileArgument,
  onlyArgument,
} from "../../../bench/figures.ts";

describe("bench figures", () => {
  it("a throughput's ratio is value over ceiling; a cost's is ceiling over value", () => {
    expect(
      figureOf({ name: "a", value: 750, unit: "req/CPU-s", ceiling: { value: 1000, what: "x" } }),
    ).toMatchObject({ ceiling: 1000, ratio: 0.75 });
    expect(
      figureOf({
        name: "b",
        value: 20,
        unit: "ms",
        ceiling: { value: 5, what: "x" },
        lowerIsBetter: true,
      }),
    ).toMatchObject({ ceiling: 5, ratio: 0.25 });
  });

  it("a figure without a usable ceiling has no ratio rather than a made-up one", () => {
    expect(figureOf({ name: "a", value: 10, unit: "u" })).toMatchObject({
      ceiling: null,
      ratio: null,
    });
    expect(
      figureOf({ name: "a", value: 10, unit: "u", ceiling: { value: 0, what: "x" } }).ratio,
    ).toBe(null);
    expect(
      figureOf({ name: "a", value: 0, unit: "u", ceiling: { value: 9, what: "x" } }).ratio,
    ).toBe(null);
  });

  it("--json FILE writes every reported figure with name, value, unit, ceiling, ratio and goal", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-figures-")), "bench.json");
    const log = new FigureLog();
    const quiet = console.log;
    console.log = () => undefined;
    try {
      log.report({
        name: "one",
        value: 3,
        unit: "u",
        ceiling: { value: 4, what: "x" },
        goal: "≥ 0.5",
      });
      log.report({ name: "two", value: 1, unit: "ms" });
    } finally {
      console.log = quiet;
    }
    log.writeJson(file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual([
      { name: "one", value: 3, unit: "u", ceiling: 4, ratio: 0.75, goal: "≥ 0.5" },
      { name: "two", value: 1, unit: "ms", ceiling: null, ratio: null, goal: null },
    ]);
  });

  it("reads the JSON file from --json FILE or --json=FILE, and refuses a missing name", () => {
    expect(jsonFileArgument(["--json", "out.json"])).toBe("out.json");
    expect(jsonFileArgument(["--json=out.json"])).toBe("out.json");
    expect(jsonFileArgument([])).toBeUndefined();
    expect(() => jsonFileArgument(["--json"])).toThrow(/needs a file name/);
    expect(() => jsonFileArgument(["--json", "--other"])).toThrow(/needs a file name/);
  });

  it("reads the directory of --cpu-prof", () => {
    expect(cpuProfileArgument(["--only", "me", "--cpu-prof", "/tmp/profiles"])).toBe(
      "/tmp/profiles",
    );
    expect(cpuProfileArgument(["--only", "me"])).toBeUndefined();
  });

  it("reads the sections of --only, and refuses an empty or unknown one", () => {
    expect(onlyArgument([])).toBeUndefined();
    expect([...(onlyArgument(["--only", "oidc,passkey"]) ?? [])]).toEqual(["oidc", "passkey"]);
    expect([...(onlyArgument(["--json", "x", "--only", "passkey"]) ?? [])]).toEqual(["passkey"]);
    expect([...(onlyArgument(["--only", "expired"]) ?? [])]).toEqual(["expired"]);
    expect(() => onlyArgument(["--only"])).toThrow(/--only takes/);
    expect(() => onlyArgument(["--only", "oidc,push"])).toThrow(/--only takes/);
  });
});
