// The desktop side of device enrollment and device login: the bridge handlers that sign device
// challenges and enroll with a connect key, enrollment with IT's token (retried until it works),
// and the wake / unlock re-check (powerMonitor). Requests go through Electron's net, which uses
// the system proxy and the OS trust store; Node's fetch would use neither.
import path from "node:path";
import { app, ipcMain, net, powerMonitor, type BrowserWindow } from "electron";
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
import { createTokenEnrollment, type TokenEnrollment } from "./core/token-enrollment.ts";
import { isTrustedSender } from "./core/window-policy.ts";
import { createSafeStorageSecretStore } from "./secret-store-safe-storage.ts";

type State = { portalOrigin: () => string | undefined; window: () => BrowserWindow | undefined };

const untrusted = {
  ok: false,
  error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
} as const;

/** While IT's token has not enrolled the device, it is tried again this often (and on wake). */
const enrollmentRetryMs = 5 * 60_000;

export function setUpDeviceLogin(state: State): {
  /** Enrollment with IT's token; attempt() at every chance (portal loaded, wake, unlock). */
  tokenEnrollment(token: string): TokenEnrollment;
  /** The device key's store, for what else proves this device (sign-in approvals). */
  store: SecretStore;
} {
  const store = createSafeStorageSecretStore(path.join(app.getPath("userData"), "secrets"));

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
    store,
    tokenEnrollment(token) {
      const enrollment = createTokenEnrollment({
        isEnrolled: async () => (await loadDeviceIdentity(store)).deviceId !== undefined,
        enroll: async () => {
          const origin = state.portalOrigin();
          if (origin === undefined) {
            return { ok: false, code: "ENROLLMENT_FAILED", message: "No portal is configured." };
          }
          const outcome = await enroll(store, origin, { enrollmentToken: token });
          return outcome.ok
            ? { ok: true, deviceId: outcome.value.deviceId }
            : {
                ok: false,
                code:
                  outcome.error.code === "ENROLLMENT_REFUSED"
                    ? "ENROLLMENT_REFUSED"
                    : "ENROLLMENT_FAILED",
                message: outcome.error.message,
              };
        },
        log: (message) => console.warn(message),
      });
      const retry = () => void enrollment.attempt();
      powerMonitor.on("resume", retry);
      powerMonitor.on("unlock-screen", retry);
      const timer = setInterval(() => {
        if (enrollment.state() === "pending") {
          retry();
        } else {
          clearInterval(timer);
        }
      }, enrollmentRetryMs);
      timer.unref();
      return enrollment;
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
      fetch: (url, init) => net.fetch(url, init),
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
