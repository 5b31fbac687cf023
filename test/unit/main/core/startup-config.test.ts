import { describe, expect, it } from "vitest";
import { resolveStartupConfig, type StartupInputs } from "../../../../main/core/startup-config.ts";

const nothing: StartupInputs = {
  argv: [],
  environment: {},
  savedPortalUrl: undefined,
  isPackaged: true,
};

describe("resolveStartupConfig", () => {
  it("prefers the command line over the environment over the saved choice", () => {
    const all: StartupInputs = {
      argv: ["electron", ".", "--portal-url=https://cli.example.com"],
      environment: { GATEHOUSE_PORTAL_URL: "https://env.example.com" },
      savedPortalUrl: "https://saved.example.com",
      isPackaged: true,
    };
    expect(resolveStartupConfig(all)).toEqual({
      kind: "portal",
      origin: "https://cli.example.com",
      source: "command-line",
    });
    expect(resolveStartupConfig({ ...all, argv: [] })).toMatchObject({
      origin: "https://env.example.com",
      source: "environment",
    });
    expect(resolveStartupConfig({ ...all, argv: [], environment: {} })).toMatchObject({
      origin: "https://saved.example.com",
      source: "saved",
    });
  });

  it("reads the portal URL given as a separate argument", () => {
    expect(
      resolveStartupConfig({ ...nothing, argv: ["--portal-url", "https://a.example.com"] }),
    ).toMatchObject({ origin: "https://a.example.com" });
  });

  it("reports a bad explicit setting instead of silently falling back to another portal", () => {
    expect(
      resolveStartupConfig({
        ...nothing,
        environment: { GATEHOUSE_PORTAL_URL: "http://intranet.example.com" },
        savedPortalUrl: "https://saved.example.com",
      }),
    ).toMatchObject({ kind: "invalid", source: "environment" });
  });

  it("asks an installed app's user for the address, and runs the demo server for developers", () => {
    expect(resolveStartupConfig(nothing)).toEqual({ kind: "first-run" });
    expect(resolveStartupConfig({ ...nothing, isPackaged: false })).toEqual({
      kind: "bundled-server",
    });
  });
});
