// Reads the macOS managed preferences that an MDM profile installs for the app's bundle ID
// (/Library/Managed Preferences/[user/]com.gatehouse.desktop.plist). The adapter hands over the
// file as XML (binary plists are converted with plutil first); this module only parses.
import plist from "plist";
import type { PolicyProblem } from "./managed-policy.ts";

export const macBundleId = "com.gatehouse.desktop";

export type RawPolicyValues = { values: Record<string, unknown>; problems: PolicyProblem[] };

/** Parses an XML property list whose top level is a dictionary of policy keys. */
export function parseManagedPreferencesPlist(xml: string): RawPolicyValues {
  let parsed: unknown;
  try {
    parsed = plist.parse(xml);
  } catch (error) {
    return unreadable(`the managed preferences are not a valid property list (${message(error)})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return unreadable("the managed preferences do not hold a dictionary of settings");
  }
  return { values: { ...(parsed as Record<string, unknown>) }, problems: [] };
}

/**
 * Machine-wide preferences first, then the user's own managed preferences on top: macOS gives
 * the more specific (per-user) MDM payload precedence, and so do we.
 */
export function mergeManagedPreferences(
  ...layers: readonly (RawPolicyValues | undefined)[]
): RawPolicyValues {
  const merged: RawPolicyValues = { values: {}, problems: [] };
  for (const layer of layers) {
    if (layer !== undefined) {
      Object.assign(merged.values, layer.values);
      merged.problems.push(...layer.problems);
    }
  }
  return merged;
}

function unreadable(reason: string): RawPolicyValues {
  return { values: {}, problems: [{ key: "(file)", reason }] };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
