// The desktop options IT can manage besides the portal address: the enrollment token, updates
// and launch at login. Same precedence as the portal (docs/design.md §6): environment for
// development, then the OS policy store, then the user's own choice.
import type { Message } from "../../locales/define-messages.ts";
import { updateMessages as m } from "./desktop-messages.ts";
import { updatesManagedElsewhere, type Installation } from "./installation.ts";
import type { ManagedPolicyRead } from "./managed-policy.ts";
import { checkNonEmptyString } from "./managed-policy.ts";
import { isPortalUrlLocked, readArgument } from "./startup-config.ts";

export const enrollmentTokenVariable = "GATEHOUSE_ENROLLMENT_TOKEN";
export const updateFeedArgument = "--update-feed-url";
export const updateFeedVariable = "GATEHOUSE_UPDATE_FEED_URL";

export type UpdateSettings =
  /** feedUrl undefined: the feed built into the installer (electron-builder `publish`). */
  | { enabled: true; feedUrl: string | undefined }
  /** `reason` is said in the app's language (About); its English `defaultMessage` is logged. */
  | { enabled: false; reason: Message };

export type LaunchAtLogin = { enabled: boolean; managedByOrganization: boolean };

export type DistributionSettings = {
  enrollmentToken: string | undefined;
  portalUrlLocked: boolean;
  updates: UpdateSettings;
  launchAtLogin: LaunchAtLogin;
};

export type DistributionInputs = {
  argv: readonly string[];
  environment: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  /** How this copy was installed (main/core/installation.ts): MSI installs never self-update. */
  installation: Installation;
  managed?: ManagedPolicyRead;
  /** The user's own launch-at-login choice, when they made one. */
  savedLaunchAtLogin: boolean | undefined;
};

export function resolveDistributionSettings(inputs: DistributionInputs): DistributionSettings {
  const policy = inputs.managed?.policy ?? {};
  const environmentToken = checkNonEmptyString(inputs.environment[enrollmentTokenVariable]);
  return {
    enrollmentToken: environmentToken.ok ? environmentToken.value : policy.enrollmentToken,
    portalUrlLocked: isPortalUrlLocked(inputs),
    updates: resolveUpdates(inputs),
    launchAtLogin: resolveLaunchAtLogin(inputs),
  };
}

function resolveUpdates(inputs: DistributionInputs): UpdateSettings {
  const policy = inputs.managed?.policy ?? {};
  const elsewhere = inputs.isPackaged
    ? updatesManagedElsewhere(inputs.installation)
    : updatesManagedElsewhere("development");
  if (elsewhere !== undefined) {
    return { enabled: false, reason: elsewhere };
  }
  if (policy.disableAutoUpdate === true) {
    return { enabled: false, reason: m.managed };
  }
  const override =
    readArgument(inputs.argv, updateFeedArgument) ?? inputs.environment[updateFeedVariable];
  if (override !== undefined && override !== "") {
    return isHttpsUrl(override)
      ? { enabled: true, feedUrl: override }
      : { enabled: false, reason: m.invalidFeed };
  }
  return { enabled: true, feedUrl: policy.updateFeedUrl };
}

function resolveLaunchAtLogin(inputs: DistributionInputs): LaunchAtLogin {
  const policy = inputs.managed?.policy ?? {};
  if (policy.launchAtLogin !== undefined) {
    return { enabled: policy.launchAtLogin, managedByOrganization: true };
  }
  // A managed install starts with the user's session unless the user turns it off.
  const managedInstall = policy.portalUrl !== undefined || policy.enrollmentToken !== undefined;
  return {
    enabled: inputs.savedLaunchAtLogin ?? managedInstall,
    managedByOrganization: false,
  };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === "https:";
  } catch {
    return false;
  }
}
