// The desktop side of device enrollment and device login: the bridge handlers that sign device
// challenges and enroll with a connect key, enrollment with IT's token, the wake / unlock
// re-check (powerMonitor) and macOS Touch ID for WebAuthn.
import path from "node:path";
import { app, ipcMain, powerMonitor, type BrowserWindow } from "electron";
import {
  channels,
  type BridgeResult,
  type ResumeEvent,
  type SignedDeviceChallenge,
} from "../preload/contract.ts";
import {
  checkConnectKeyArguments,
  checkDeviceChallengeArguments,
} from "./core/device-arguments.ts";
import { enrollThisDevice, type EnrollmentCredential } from "./core/device-enrollment.ts";
import { loadDeviceIdentity, signDeviceChallenge } from "./core/device-key.ts";
import { SecretStoreUnavailableError, type SecretStore } from "./core/secret-store.ts";
import { isTrustedSender } from "./core/window-policy.ts";
import { createSafeStorageSecretStore } from "./secret-store-safe-storage.ts";

type State = { portalOrigin: () => string | undefined; window: () => BrowserWindow | undefined };

const untrusted = {
  ok: false,
  error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
} as const;

export function setUpDeviceLogin(state: State): { enrollWithToken(token: string): Promise<void> } {
  const store = createSafeStorageSecretStore(path.join(app.getPath("userData"), "secrets"));
  configureTouchId();

  ipcMain.handle(
    channels.signDeviceChallenge,
    async (event, ...args: unknown[]): Promise<BridgeResult<SignedDeviceChallenge>> => {
      const origin = state.portalOrigin();
      if (origin === undefined || !isTrustedSender(event.senderFrame?.url, origin)) {
        return untrusted;
      }
      const checked = checkDeviceChallengeArguments(args);
      if (!checked.ok) {
        return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
      }
      return guardStore(async () => {
        const signed = await signDeviceChallenge(store, origin, checked.challenge);
        return signed.ok ? signed : { ok: false, error: signed };
      });
    },
  );

  ipcMain.handle(
    channels.enrollDevice,
    async (event, ...args: unknown[]): Promise<BridgeResult<{ deviceId: string }>> => {
      const origin = state.portalOrigin();
      if (origin === undefined || !isTrustedSender(event.senderFrame?.url, origin)) {
        return untrusted;
      }
      const checked = checkConnectKeyArguments(args);
      if (!checked.ok) {
        return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
      }
      return enroll(store, origin, { connectKey: checked.connectKey });
    },
  );

  // Wake and unlock: the page re-checks its session (and asks for Touch ID / Windows Hello if due).
  const notify = (reason: ResumeEvent["reason"]) => {
    const window = state.window();
    if (
      window !== undefined &&
      isTrustedSender(window.webContents.getURL(), state.portalOrigin())
    ) {
      window.webContents.send(channels.onResume, { reason } satisfies ResumeEvent);
    }
  };
  powerMonitor.on("resume", () => notify("wake"));
  powerMonitor.on("unlock-screen", () => notify("unlock"));

  return {
    async enrollWithToken(token) {
      const origin = state.portalOrigin();
      if (origin === undefined) {
        return;
      }
      const identity = await loadDeviceIdentity(store).catch(() => undefined);
      if (identity !== undefined && identity.deviceId === undefined) {
        const outcome = await enroll(store, origin, { enrollmentToken: token });
        if (!outcome.ok) {
          console.warn(`Device enrollment with the IT token failed: ${outcome.error.code}`);
        }
      }
    },
  };
}

async function enroll(
  store: SecretStore,
  portalOrigin: string,
  credential: EnrollmentCredential,
): Promise<BridgeResult<{ deviceId: string }>> {
  return guardStore(async () => {
    const outcome = await enrollThisDevice({
      store,
      portalOrigin,
      credential,
      device: {
        name: app.getName() === "" ? "Gatehouse" : `${osLabel()} computer`,
        os:
          process.platform === "darwin" || process.platform === "win32"
            ? process.platform
            : "linux",
        appVersion: app.getVersion(),
      },
      fetch,
    });
    return outcome.ok
      ? { ok: true, value: { deviceId: outcome.deviceId } }
      : { ok: false, error: { code: outcome.code, message: outcome.message } };
  });
}

async function guardStore<T>(run: () => Promise<BridgeResult<T>>): Promise<BridgeResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    throw error;
  }
}

function osLabel(): string {
  return process.platform === "darwin" ? "Mac" : process.platform === "win32" ? "Windows" : "Linux";
}

/**
 * macOS: Chromium's Touch ID authenticator needs a keychain access group the signed app is
 * entitled to (build/entitlements.mac.plist, team from GATEHOUSE_APPLE_TEAM_ID). The API is feature-checked: not every Electron
 * build has it, and elsewhere it does nothing.
 */
function configureTouchId(): void {
  const configurable = app as unknown as {
    configureWebAuthn?: (options: {
      touchID: { keychainAccessGroup: string; promptReason: string };
    }) => void;
  };
  const teamId = process.env.GATEHOUSE_APPLE_TEAM_ID;
  if (
    process.platform !== "darwin" ||
    typeof configurable.configureWebAuthn !== "function" ||
    teamId === undefined ||
    !/^[A-Z0-9]{10}$/.test(teamId)
  ) {
    return;
  }
  configurable.configureWebAuthn({
    touchID: {
      keychainAccessGroup: `${teamId}.com.gatehouse.desktop.webauthn`,
      promptReason: "sign in to your organization",
    },
  });
}
