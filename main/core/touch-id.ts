// Whether Touch ID serves WebAuthn in this app, decided from the build itself: the team ID and
// bundle ID that packaging wrote into the app's own Info.plist (ElectronTeamID, CFBundleIdentifier).
// Nothing is read from the environment at run time: an app started from Finder, the Dock or a
// login item has none of the variables a terminal has (docs/desktop.md "Touch ID").
import plist from "plist";

/** The keychain access group's suffix; build/mac-signing.ts grants the same group. */
export const webAuthnGroupSuffix = "webauthn";

/** macOS renders the prompt as `"Gatehouse" is trying to <promptReason>`; $1 is the rpId. */
export const touchIdPromptReason = "sign in to $1";

export type BuildIdentity = { teamId: string | undefined; bundleId: string | undefined };

export type TouchIdPlan =
  | { kind: "configure"; keychainAccessGroup: string; promptReason: string }
  /** Not macOS: Windows Hello needs no configuration, Linux has no platform authenticator. */
  | { kind: "not-applicable" }
  /** macOS, but Touch ID cannot work in this build; `reason` goes to the log once. */
  | { kind: "unavailable"; reason: string };

const teamIdPattern = /^[A-Z0-9]{10}$/;
const bundleIdPattern = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function keychainAccessGroupFor(teamId: string, bundleId: string): string {
  return `${teamId}.${bundleId}.${webAuthnGroupSuffix}`;
}

/** Reads the two identifiers from Info.plist (XML, as electron-builder writes it). */
export function readBuildIdentity(infoPlistXml: string): BuildIdentity {
  let parsed: unknown;
  try {
    parsed = plist.parse(infoPlistXml);
  } catch {
    return { teamId: undefined, bundleId: undefined };
  }
  const text = (key: string) => {
    const value = (parsed as Record<string, unknown> | null)?.[key];
    return typeof value === "string" ? value : undefined;
  };
  return { teamId: text("ElectronTeamID"), bundleId: text("CFBundleIdentifier") };
}

export function planTouchId(input: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** The app's Info.plist as text; undefined when it could not be read. */
  infoPlist: string | undefined;
  /** app.configureWebAuthn exists in this Electron (it does from 43 on). */
  apiAvailable: boolean;
}): TouchIdPlan {
  if (input.platform !== "darwin") {
    return { kind: "not-applicable" };
  }
  const unavailable = (why: string): TouchIdPlan => ({
    kind: "unavailable",
    reason: `Touch ID device login is unavailable: ${why}; users sign in with password and MFA.`,
  });
  if (!input.apiAvailable) {
    return unavailable("this Electron has no app.configureWebAuthn");
  }
  if (!input.isPackaged) {
    return unavailable("a development build carries no keychain-access-groups entitlement");
  }
  if (input.infoPlist === undefined) {
    return unavailable("the app's Info.plist could not be read");
  }
  const { teamId, bundleId } = readBuildIdentity(input.infoPlist);
  if (teamId === undefined || !teamIdPattern.test(teamId)) {
    return unavailable(
      "this build was not signed for a team (no ElectronTeamID in Info.plist; see docs/desktop.md)",
    );
  }
  if (bundleId === undefined || !bundleIdPattern.test(bundleId)) {
    return unavailable("Info.plist has no valid CFBundleIdentifier");
  }
  return {
    kind: "configure",
    keychainAccessGroup: keychainAccessGroupFor(teamId, bundleId),
    promptReason: touchIdPromptReason,
  };
}
