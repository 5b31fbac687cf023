// Reads the OS policy store: macOS managed preferences (installed by an MDM profile) or the
// Windows registry key Group Policy writes. Parsing and validation live in main/core; this file
// only fetches the raw text. Linux has no standard policy store, so there is none.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import {
  macBundleId,
  mergeManagedPreferences,
  parseManagedPreferencesPlist,
  type RawPolicyValues,
} from "./core/mac-managed-preferences.ts";
import { validateManagedPolicy, type ManagedPolicyRead } from "./core/managed-policy.ts";
import { parseRegQueryOutput, windowsPolicyKey } from "./core/windows-registry-policy.ts";

const run = promisify(execFile);
const readTimeoutMs = 5_000;

export async function readManagedPolicy(
  platform: NodeJS.Platform = process.platform,
  /**
   * A managed-preferences plist to read instead of the OS store: development builds only
   * (GATEHOUSE_MANAGED_POLICY_FILE), so the _electron suite can start the app "managed".
   */
  fixtureFile?: string,
): Promise<ManagedPolicyRead | undefined> {
  const raw =
    fixtureFile !== undefined
      ? await readPlistFile(fixtureFile)
      : platform === "darwin"
        ? await readMacManagedPreferences()
        : platform === "win32"
          ? await readWindowsPolicy()
          : undefined;
  if (raw === undefined) {
    return undefined;
  }
  const store =
    platform === "win32" && fixtureFile === undefined
      ? "windows-group-policy"
      : "macos-managed-preferences";
  const read = validateManagedPolicy(store, raw.values, raw.problems);
  for (const problem of read.problems) {
    console.warn(`Managed configuration (${store}): ${problem.key} ignored: ${problem.reason}`);
  }
  return read;
}

async function readMacManagedPreferences(): Promise<RawPolicyValues | undefined> {
  const root = "/Library/Managed Preferences";
  const machine = await readPlistFile(path.join(root, `${macBundleId}.plist`));
  const user = await readPlistFile(path.join(root, os.userInfo().username, `${macBundleId}.plist`));
  return machine === undefined && user === undefined
    ? undefined
    : mergeManagedPreferences(machine, user);
}

async function readPlistFile(file: string): Promise<RawPolicyValues | undefined> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return undefined; // no profile installed for this scope
  }
  if (content.subarray(0, 8).toString("latin1") === "bplist00") {
    // MDM clients write binary plists; plutil (part of macOS) converts them to XML.
    const { stdout } = await run("/usr/bin/plutil", ["-convert", "xml1", "-o", "-", file], {
      timeout: readTimeoutMs,
    });
    return parseManagedPreferencesPlist(stdout);
  }
  return parseManagedPreferencesPlist(content.toString("utf8"));
}

async function readWindowsPolicy(): Promise<RawPolicyValues | undefined> {
  // The full path, so a reg.exe planted in the working directory or PATH is never run.
  const reg = path.join(process.env.SystemRoot ?? "C:\\Windows", "System32", "reg.exe");
  try {
    const { stdout } = await run(reg, ["query", windowsPolicyKey], {
      timeout: readTimeoutMs,
      windowsHide: true,
    });
    return parseRegQueryOutput(stdout);
  } catch {
    return undefined; // reg exits with 1 when the key does not exist: no policy
  }
}
