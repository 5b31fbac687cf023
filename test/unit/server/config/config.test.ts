import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../../server/config/config.ts";
import { ConfigError } from "../../../../server/config/config-error.ts";
import { unknownEnvironmentSettings } from "../../../../server/config/config-source.ts";

function errorOf(environment: Record<string, string>): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("server configuration", () => {
  it("has safe defaults: production mode, localhost, SQLite", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: "production",
      host: "localhost",
      port: 8080,
      publicUrl: undefined,
    });
    expect(config.database).toMatchObject({ dialect: "sqlite" });
  });

  it.each([
    [{ GATEHOUSE_PORT: "eighty" }, "GATEHOUSE_PORT"],
    [{ GATEHOUSE_PORT: "70000" }, "GATEHOUSE_PORT"],
    [{ GATEHOUSE_MODE: "staging" }, "GATEHOUSE_MODE"],
    [{ GATEHOUSE_LOG_LEVEL: "loud" }, "GATEHOUSE_LOG_LEVEL"],
    [{ GATEHOUSE_DATABASE_URL: "mysql://db" }, "GATEHOUSE_DATABASE_URL"],
    [{ GATEHOUSE_DATABASE_URL: "sqlite:" }, "GATEHOUSE_DATABASE_URL"],
    [{ GATEHOUSE_PUBLIC_URL: "portal.example.com" }, "GATEHOUSE_PUBLIC_URL"],
    [{ GATEHOUSE_PUBLIC_URL: "http://portal.example.com" }, "GATEHOUSE_PUBLIC_URL"],
    [{ GATEHOUSE_PUBLIC_URL: "http://127.0.0.1:8080" }, "GATEHOUSE_PUBLIC_URL"],
    [{ GATEHOUSE_PUBLIC_URL: "https://portal.example.com/app" }, "GATEHOUSE_PUBLIC_URL"],
    [{ GATEHOUSE_TRUST_PROXY: "maybe" }, "GATEHOUSE_TRUST_PROXY"],
    [{ GATEHOUSE_TRUSTED_PROXIES: "10.0.0.1, lb.internal" }, "GATEHOUSE_TRUSTED_PROXIES"],
    [
      { GATEHOUSE_TRUSTED_PROXIES: "10.0.0.1", GATEHOUSE_TRUST_PROXY: "true" },
      "GATEHOUSE_TRUST_PROXY",
    ],
    [{ GATEHOUSE_DRAIN_SECONDS: "-1" }, "GATEHOUSE_DRAIN_SECONDS"],
    [{ GATEHOUSE_DRAIN_SECONDS: "301" }, "GATEHOUSE_DRAIN_SECONDS"],
    [{ GATEHOUSE_MODE: "demo", GATEHOUSE_HOST: "0.0.0.0" }, "GATEHOUSE_HOST"],
  ])("names the bad key in %j", (environment, key) => {
    const error = errorOf(environment);
    expect(error.key).toBe(key);
    expect(error.message).toMatch(new RegExp(`^${key}: `));
  });

  it("trusts no proxy unless told, and reads the older true/false setting as every peer or none", () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ GATEHOUSE_TRUSTED_PROXIES: "10.0.0.5 10.1.0.0/16" }).trustedProxies,
    ).toEqual(["10.0.0.5/32", "10.1.0.0/16"]);
    expect(loadConfig({ GATEHOUSE_TRUST_PROXY: "false" }).trustedProxies).toEqual([]);
    expect(loadConfig({ GATEHOUSE_TRUST_PROXY: "true" }).trustedProxies).toEqual([
      "0.0.0.0/0",
      "::/0",
    ]);
  });

  it("drains for five seconds in production and not at all elsewhere, unless told", () => {
    expect(loadConfig({}).drainSeconds).toBe(5);
    expect(loadConfig({ GATEHOUSE_MODE: "development" }).drainSeconds).toBe(0);
    expect(loadConfig({ GATEHOUSE_MODE: "demo" }).drainSeconds).toBe(0);
    expect(loadConfig({ GATEHOUSE_DRAIN_SECONDS: "12" }).drainSeconds).toBe(12);
  });

  it("accepts an https public URL and keeps its origin", () => {
    expect(loadConfig({ GATEHOUSE_PUBLIC_URL: "https://portal.example.com/" }).publicUrl).toBe(
      "https://portal.example.com",
    );
  });

  it("reads a JSON config file, with the environment taking precedence", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-config-")), "config.json");
    writeFileSync(file, JSON.stringify({ GATEHOUSE_PORT: 9000, GATEHOUSE_MODE: "development" }));
    expect(loadConfig({ GATEHOUSE_CONFIG: file, GATEHOUSE_MODE: "demo" })).toMatchObject({
      port: 9000,
      mode: "demo",
    });
  });

  it("warns about unknown GATEHOUSE_ variables without refusing to start", () => {
    const environment = { GATEHOUSE_PROT: "9000", GATEHOUSE_PORT: "8081", OTHER: "x" };
    expect(unknownEnvironmentSettings(environment)).toEqual(["GATEHOUSE_PROT"]);
    expect(loadConfig(environment).port).toBe(8081);
  });

  it("refuses an unknown key in a config file, where a typo would go unnoticed", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-config-")), "config.json");
    writeFileSync(file, JSON.stringify({ GATEHOUSE_PROT: 9000 }));
    expect(errorOf({ GATEHOUSE_CONFIG: file }).key).toBe("GATEHOUSE_PROT");
  });

  it("explains a config file it cannot read", () => {
    expect(errorOf({ GATEHOUSE_CONFIG: "/nonexistent/gatehouse.json" }).key).toBe(
      "GATEHOUSE_CONFIG",
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-config-")), "config.json");
    writeFileSync(file, "[1, 2]");
    expect(errorOf({ GATEHOUSE_CONFIG: file }).message).toMatch(/JSON object/);
  });
});
