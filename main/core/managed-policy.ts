// The settings IT can push through MDM (macOS managed preferences) or Group Policy (Windows
// registry), and their validation. Each bad value is dropped and reported with the key it came
// from, so an admin reading the log knows exactly which setting to fix (docs/design.md §1.4).
import { parsePortalUrl } from "./portal-url.ts";

/** The policy store's key names, shared by the .mobileconfig example and the ADMX template. */
export const policyKeys = {
  portalUrl: "PortalUrl",
  enrollmentToken: "EnrollmentToken",
  disallowPortalUrlChange: "DisallowPortalUrlChange",
  disableAutoUpdate: "DisableAutoUpdate",
  updateFeedUrl: "UpdateFeedUrl",
  launchAtLogin: "LaunchAtLogin",
} as const;

export type PolicyStore = "macos-managed-preferences" | "windows-group-policy";

export type ManagedPolicy = {
  /** The portal's origin, already validated. */
  portalUrl?: string;
  enrollmentToken?: string;
  disallowPortalUrlChange?: boolean;
  disableAutoUpdate?: boolean;
  updateFeedUrl?: string;
  launchAtLogin?: boolean;
};

export type PolicyProblem = { key: string; reason: string };

export type ManagedPolicyRead = {
  store: PolicyStore;
  policy: ManagedPolicy;
  problems: PolicyProblem[];
};

/** An enrollment token is an opaque, URL-safe string; anything else was mistyped or tampered. */
const enrollmentTokenPattern = /^[A-Za-z0-9._~+/=-]{8,512}$/;
const maximumUrlLength = 2048;

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Validates raw values read from a policy store. Unknown keys are ignored (a newer template on
 * an older app); known keys with the wrong type, an empty value or an insecure URL are dropped
 * and reported.
 */
export function validateManagedPolicy(
  store: PolicyStore,
  raw: Readonly<Record<string, unknown>>,
  readProblems: readonly PolicyProblem[] = [],
): ManagedPolicyRead {
  const policy: ManagedPolicy = {};
  const problems: PolicyProblem[] = [...readProblems];
  const take = <T>(key: string, check: (value: unknown) => Checked<T>, assign: (v: T) => void) => {
    if (!(key in raw)) {
      return;
    }
    const checked = check(raw[key]);
    if (checked.ok) {
      assign(checked.value);
    } else {
      problems.push({ key, reason: checked.reason });
    }
  };

  take(policyKeys.portalUrl, checkPortalUrl, (value) => (policy.portalUrl = value));
  take(policyKeys.enrollmentToken, checkEnrollmentToken, (value) => {
    policy.enrollmentToken = value;
  });
  take(policyKeys.disallowPortalUrlChange, checkBoolean, (value) => {
    policy.disallowPortalUrlChange = value;
  });
  take(policyKeys.disableAutoUpdate, checkBoolean, (value) => (policy.disableAutoUpdate = value));
  take(policyKeys.updateFeedUrl, checkUpdateFeedUrl, (value) => (policy.updateFeedUrl = value));
  take(policyKeys.launchAtLogin, checkBoolean, (value) => (policy.launchAtLogin = value));
  return { store, policy, problems };
}

export function checkNonEmptyString(value: unknown): Checked<string> {
  if (typeof value !== "string") {
    return { ok: false, reason: `expected a string, got ${describeType(value)}` };
  }
  const trimmed = value.trim();
  return trimmed === ""
    ? { ok: false, reason: "the value is empty" }
    : { ok: true, value: trimmed };
}

function checkPortalUrl(value: unknown): Checked<string> {
  const text = checkNonEmptyString(value);
  if (!text.ok) {
    return text;
  }
  // IT-pushed addresses must say https:// explicitly; a bare host name is a user convenience.
  if (!/^https:\/\//i.test(text.value)) {
    return { ok: false, reason: "the portal address must start with https://" };
  }
  const parsed = parsePortalUrl(text.value);
  return parsed.ok ? { ok: true, value: parsed.origin } : { ok: false, reason: parsed.reason };
}

function checkEnrollmentToken(value: unknown): Checked<string> {
  const text = checkNonEmptyString(value);
  if (!text.ok) {
    return text;
  }
  return enrollmentTokenPattern.test(text.value)
    ? text
    : {
        ok: false,
        reason: "an enrollment token is 8 to 512 letters, digits or the characters . _ ~ + / = -",
      };
}

function checkUpdateFeedUrl(value: unknown): Checked<string> {
  const text = checkNonEmptyString(value);
  if (!text.ok) {
    return text;
  }
  if (text.value.length > maximumUrlLength) {
    return { ok: false, reason: "the update feed address is too long" };
  }
  let url: URL;
  try {
    url = new URL(text.value);
  } catch {
    return { ok: false, reason: "the update feed is not a web address" };
  }
  if (url.protocol !== "https:") {
    return { ok: false, reason: "the update feed must use https://" };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, reason: "the update feed must not contain a user name or password" };
  }
  return { ok: true, value: url.href };
}

/** Booleans are <true/>/<false/> in a plist and REG_DWORD 0 or 1 in the registry. */
export function checkBoolean(value: unknown): Checked<boolean> {
  if (typeof value === "boolean") {
    return { ok: true, value };
  }
  if (value === 0 || value === 1) {
    return { ok: true, value: value === 1 };
  }
  return { ok: false, reason: `expected true/false (or 0/1), got ${describeType(value)}` };
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) {
    return "nothing";
  }
  if (Array.isArray(value)) {
    return "a list";
  }
  if (typeof value === "number") {
    return `the number ${value}`;
  }
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}
