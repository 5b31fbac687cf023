// The one IPC contract between the portal page and the desktop app (docs/design.md §3): channel
// names and the request/response types of each call. main/ipc.ts handles them, preload/index.ts
// exposes them as named functions on `window.gatehouse`, the renderer imports the types.

export type DesktopOs = "darwin" | "win32" | "linux";

export type PlatformInfo = {
  os: DesktopOs;
  appVersion: string;
  /** True when the app runs its own bundled demo server rather than an organization's. */
  bundledServer: boolean;
  /** Whether the app updates itself; when not, why (an MSI install is updated by IT). */
  updates: { enabled: true } | { enabled: false; reason: string };
};

/** Errors cross the bridge as plain data, never as exceptions with stacks. */
export type BridgeError = { code: string; message: string };

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** The answer to "Check for updates" (account menu of the desktop app). */
export type UpdateCheckResult =
  /** Turned off by the organization, or not an installed app; `reason` is for the user. */
  | { status: "disabled"; reason: string }
  | { status: "up-to-date"; currentVersion: string }
  /** Downloading in the background; installed when the app quits. */
  | { status: "available"; currentVersion: string; availableVersion: string };

/**
 * A gatehouse:// link the app accepted, forwarded to the portal page; "open-approvals" is also
 * what clicking an access request's notification sends (main/core/approval-notification.ts).
 */
export type DeepLinkEvent =
  { kind: "open-portal" } | { kind: "open-app"; appId: string } | { kind: "open-approvals" };

/** "Generate a key pair on this device": the key's comment (the user's email) and passphrase. */
export type SshKeyGenerationRequest = { comment: string; passphrase: string };

/** Only the public half crosses the bridge; the private key stays in ~/.ssh on the device. */
export type GeneratedSshKey = { publicKey: string; privateKeyPath: string };

/** A device proof's signature (ECDSA P-256, DER, base64url) and the enrolled device's id. */
export type SignedDeviceChallenge = { deviceId: string; signature: string };

/** Why the page should re-check: the computer woke up or the screen was unlocked. */
export type ResumeEvent = { reason: "wake" | "unlock" };

/** What the page sees as `window.gatehouse`. */
export type GatehouseBridge = {
  platform(): Promise<BridgeResult<PlatformInfo>>;
  /** Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS, UPDATE_CHECK_FAILED. */
  checkForUpdates(): Promise<BridgeResult<UpdateCheckResult>>;
  /** The tray's "Verify now": the page should ask for Touch ID / Windows Hello. Returns unsubscribe. */
  onVerifyNow(callback: () => void): () => void;
  /** An accepted gatehouse:// link, e.g. open one app. Returns unsubscribe. */
  onDeepLink(callback: (link: DeepLinkEvent) => void): () => void;
  /**
   * Opens a one-time launch URL (…/launch/<ticket> on the portal origin) in the default system
   * browser; main refuses anything else. Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS, OPEN_FAILED.
   */
  openExternal(launchUrl: string): Promise<BridgeResult<null>>;
  /** Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS, SSH_KEYGEN_MISSING, SSH_KEYGEN_FAILED. */
  generateSshKey(request: SshKeyGenerationRequest): Promise<BridgeResult<GeneratedSshKey>>;
  /** Signs a server challenge with the device key. Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS, NOT_ENROLLED, SECRET_STORE_UNAVAILABLE. */
  signDeviceChallenge(challenge: string): Promise<BridgeResult<SignedDeviceChallenge>>;
  /** Enrolls this device with a connect key. Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS, ENROLLMENT_REFUSED, ENROLLMENT_FAILED, SECRET_STORE_UNAVAILABLE. */
  enrollDevice(connectKey: string): Promise<BridgeResult<{ deviceId: string }>>;
  /** After wake and screen unlock (Electron powerMonitor). Returns unsubscribe. */
  onResume(callback: (event: ResumeEvent) => void): () => void;
  /**
   * Brings the app window to the front, before a Touch ID / Windows Hello prompt (Chromium
   * shows WebAuthn prompts only to a focused page). Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS.
   */
  showWindow(): Promise<BridgeResult<null>>;
  /**
   * The language the portal shows (a BCP 47 tag), so the tray, menus and the app's own pages
   * speak it too (docs/design.md §10). Errors: UNTRUSTED_ORIGIN, INVALID_ARGUMENTS.
   */
  reportLocale(locale: string): Promise<BridgeResult<null>>;
};

export const channels = {
  platform: "gatehouse:platform",
  checkForUpdates: "gatehouse:check-for-updates",
  onVerifyNow: "gatehouse:verify-now",
  onDeepLink: "gatehouse:deep-link",
  openExternal: "gatehouse:open-external",
  generateSshKey: "gatehouse:generate-ssh-key",
  signDeviceChallenge: "gatehouse:sign-device-challenge",
  enrollDevice: "gatehouse:enroll-device",
  onResume: "gatehouse:resume",
  showWindow: "gatehouse:show-window",
  reportLocale: "gatehouse:report-locale",
} as const satisfies Record<keyof GatehouseBridge, string>;

export type Channel = (typeof channels)[keyof typeof channels];

/** Asked once by the preload (synchronously) before it exposes the bridge to a page. */
export const isTrustedPageChannel = "gatehouse:is-trusted-page";
