// The bench's own settings stay with the bench: a server it starts would warn about them.
import { afterEach, describe, expect, it } from "vitest";
import { inheritedEnvironment } from "../../../bench/bench-server.ts";
import { unknownEnvironmentSettings } from "../../../server/config/config-source.ts";

const benchKeys = ["GATEHOUSE_BENCH_POSTGRES_URL", "GATEHOUSE_BENCH_SOMETHING_NEW"];

describe("the environment the bench passes to the servers it starts", () => {
  afterEach(() => {
    for (const key of benchKeys) {
      delete process.env[key];
    }
  });

  it("holds no bench setting, so the server warns about none", () => {
    for (const key of benchKeys) {
      process.env[key] = "postgres://bench@localhost/bench";
    }
    expect(unknownEnvironmentSettings(process.env)).toEqual(expect.arrayContaining(benchKeys));
    const warnedAbout = unknownEnvironmentSettings(inheritedEnvironment());
    expect(warnedAbout.filter((key) => key.startsWith("GATEHOUSE_BENCH_"))).toEqual([]);
  });

  it("keeps everything else this process was given", () => {
    process.env.GATEHOUSE_BENCH_POSTGRES_URL = "postgres://bench@localhost/bench";
    const environment = inheritedEnvironment();
    expect(environment.PATH).toBe(process.env.PATH);
    expect(Object.keys(environment).length).toBe(Object.keys(process.env).length - 1);
  });
});
