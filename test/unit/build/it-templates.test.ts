// The templates IT deploys must name exactly the settings the app reads, with values it accepts.
import { readFileSync } from "node:fs";
import plist from "plist";
import { describe, expect, it } from "vitest";
import { macBundleId } from "../../../main/core/mac-managed-preferences.ts";
import { policyKeys, validateManagedPolicy } from "../../../main/core/managed-policy.ts";

const read = (file: string) =>
  readFileSync(new URL(`../../../build/${file}`, import.meta.url), "utf8");
const allKeys = Object.values(policyKeys).sort();

describe("IT templates", () => {
  it("the .mobileconfig example sets preferences for the app's bundle ID that the app accepts", () => {
    const profile = plist.parse(read("mdm/com.gatehouse.desktop.mobileconfig")) as {
      PayloadContent: Record<string, unknown>[];
    };
    const payload = profile.PayloadContent[0] ?? {};
    expect(payload.PayloadType).toBe(macBundleId);
    const settings = Object.fromEntries(
      Object.entries(payload).filter(([key]) => !key.startsWith("Payload")),
    );
    expect(Object.keys(settings).every((key) => allKeys.includes(key as never))).toBe(true);
    const validated = validateManagedPolicy("macos-managed-preferences", settings);
    expect(validated.problems).toEqual([]);
    expect(validated.policy.portalUrl).toBe("https://portal.example.com");
  });

  it("the ADMX template writes every policy key under HKLM\\Software\\Policies\\Gatehouse", () => {
    const admx = read("gpo/gatehouse.admx");
    const valueNames = [...admx.matchAll(/valueName="([^"]+)"/g)].map((match) => match[1]);
    expect([...new Set(valueNames)].sort()).toEqual(allKeys);
    for (const key of admx.matchAll(/key="([^"]+)"/g)) {
      expect(key[1]).toBe("Software\\Policies\\Gatehouse");
    }
    expect(admx).not.toMatch(/class="(User|Both)"/);
  });

  it("the ADML file has a string for every string the ADMX refers to", () => {
    const admx = read("gpo/gatehouse.admx");
    const adml = read("gpo/en-US/gatehouse.adml");
    for (const [, id] of admx.matchAll(/\$\(string\.([^)]+)\)/g)) {
      expect(adml).toContain(`<string id="${id}">`);
    }
    for (const [, id] of admx.matchAll(/\$\(presentation\.([^)]+)\)/g)) {
      expect(adml).toContain(`<presentation id="${id}">`);
    }
  });
});
