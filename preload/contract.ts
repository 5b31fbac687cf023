// The one IPC contract between the portal page and the desktop app (CONVENTIONS.md §2): channel
// names and the request/response types of each call. main/ipc.ts handles them, preload/index.ts
// exposes them as named functions on `window.gatehouse`, the renderer imports the types.

export type DesktopOs = "darwin" | "win32" | "linux";

export type PlatformInfo = {
  os: DesktopOs;
  appVersion: string;
  /** True when the app runs its own bundled demo server rather than an organization's. */
  bundledServer: boolean;
};

/** Errors cross the bridge as plain data, never as exceptions with stacks. */
export type BridgeError = { code: string; message: string };

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** What the page sees as `window.gatehouse`. */
export type GatehouseBridge = {
  platform(): Promise<BridgeResult<PlatformInfo>>;
};

export const channels = {
  platform: "gatehouse:platform",
} as const satisfies Record<keyof GatehouseBridge, string>;

export type Channel = (typeof channels)[keyof typeof channels];

/** Asked once by the preload (synchronously) before it exposes the bridge to a page. */
export const isTrustedPageChannel = "gatehouse:is-trusted-page";
