import { describe, expect, it } from "vitest";
import type { ManagedPolicy, ManagedPolicyRead } from "../../../../main/core/managed-policy.ts";
import {
  isPortalUrlLocked,
  resolveStartupConfig,
  type StartupInputs,
} from "../../../../main/core/startup-config.ts";

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

describe("resolveStartupConfig with IT's managed configuration", () => {
  const managed = (policy: ManagedPolicy, problems: ManagedPolicyRead["problems"] = []) => ({
    store: "windows-group-policy" as const,
    policy,
    problems,
  });
  const pushed = managed({ portalUrl: "https://pushed.example.com" });

  it("opens the portal IT pushed instead of asking, ahead of the user's own choice", () => {
    expect(resolveStartupConfig({ ...nothing, managed: pushed })).toEqual({
      kind: "portal",
      origin: "https://pushed.example.com",
      source: "policy",
    });
    expect(
      resolveStartupConfig({
        ...nothing,
        managed: pushed,
        savedPortalUrl: "https://saved.example.com",
      }),
    ).toMatchObject({ source: "policy" });
  });

  it("still lets a developer override it from the command line or environment", () => {
    expect(
      resolveStartupConfig({
        ...nothing,
        managed: pushed,
        environment: { GATEHOUSE_PORTAL_URL: "https://dev.example.com" },
      }),
    ).toMatchObject({ origin: "https://dev.example.com", source: "environment" });
  });

  it("ignores command-line and environment overrides when IT disallows changing the portal", () => {
    const locked = managed({
      portalUrl: "https://pushed.example.com",
      disallowPortalUrlChange: true,
    });
    const attempt: StartupInputs = {
      ...nothing,
      managed: locked,
      argv: ["--portal-url=https://phish.example.net"],
      environment: { GATEHOUSE_PORTAL_URL: "https://phish.example.net" },
    };
    expect(resolveStartupConfig(attempt)).toMatchObject({
      origin: "https://pushed.example.com",
      source: "policy",
    });
    expect(isPortalUrlLocked(attempt)).toBe(true);
    // A developer build is never locked.
    expect(isPortalUrlLocked({ ...attempt, isPackaged: false })).toBe(false);
  });

  it("shows IT's mistake instead of opening the user's saved or another portal", () => {
    const broken = managed({}, [{ key: "PortalUrl", reason: "must start with https://" }]);
    expect(
      resolveStartupConfig({
        ...nothing,
        managed: broken,
        savedPortalUrl: "https://saved.example.com",
      }),
    ).toEqual({ kind: "invalid", source: "policy", reason: "PortalUrl: must start with https://" });
  });

  it("has nothing to lock when the policy names no portal", () => {
    const lockOnly = managed({ disallowPortalUrlChange: true });
    expect(isPortalUrlLocked({ isPackaged: true, managed: lockOnly })).toBe(false);
    expect(resolveStartupConfig({ ...nothing, managed: lockOnly })).toEqual({ kind: "first-run" });
  });
});
