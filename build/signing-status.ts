// Which signing and notarization credentials a packaging run has, read from the environment the
// way electron-builder reads them. Nothing secret lives in the repository: a build without these
// variables produces unsigned artifacts, and build/after-pack.ts says so in the build log.

export type SigningStatus = { signed: boolean; notarized: boolean; summary: string };

type Environment = Readonly<Record<string, string | undefined>>;

const present = (environment: Environment, name: string) => (environment[name] ?? "").trim() !== "";

/** electron-builder's notarization activates on one of these complete sets (its own docs). */
export const notarizationCredentialSets = [
  ["APPLE_API_KEY", "APPLE_API_KEY_ID", "APPLE_API_ISSUER"],
  ["APPLE_ID", "APPLE_APP_SPECIFIC_PASSWORD", "APPLE_TEAM_ID"],
  ["APPLE_KEYCHAIN", "APPLE_KEYCHAIN_PROFILE"],
] as const;

export function signingStatus(
  /** electron-builder's electronPlatformName: darwin, mas, win32 or linux. */
  platform: string,
  environment: Environment,
): SigningStatus {
  if (platform === "linux") {
    return {
      signed: false,
      notarized: false,
      summary: "Linux AppImage and deb packages are not code-signed (no platform requirement).",
    };
  }
  if (platform === "win32") {
    const signed =
      present(environment, "WIN_CSC_LINK") ||
      present(environment, "CSC_LINK") ||
      present(environment, "AZURE_TENANT_ID"); // Azure Trusted Signing via win.azureSignOptions
    return {
      signed,
      notarized: false,
      summary: signed
        ? "Windows code signing credentials found: NSIS and MSI installers will be signed."
        : "UNSIGNED Windows build: set WIN_CSC_LINK (or CSC_LINK) and WIN_CSC_KEY_PASSWORD to sign. SmartScreen will warn users about these installers.",
    };
  }
  // electron-builder may also find a Developer ID identity in the keychain; we report what the
  // environment says, which is what a CI build has.
  const signed = present(environment, "CSC_LINK") || present(environment, "CSC_NAME");
  const notarized =
    signed &&
    notarizationCredentialSets.some((names) => names.every((name) => present(environment, name)));
  return {
    signed,
    notarized,
    summary: !signed
      ? "UNSIGNED macOS build (unless a Developer ID identity is in the keychain): set CSC_LINK and CSC_KEY_PASSWORD to sign. Touch ID device login needs a signed build with the keychain-access-groups entitlement."
      : notarized
        ? "macOS Developer ID signing and notarization credentials found."
        : "macOS build will be signed but NOT notarized: set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID). Gatekeeper blocks apps that are not notarized.",
  };
}
