// Handlers of the bridge calls in preload/contract.ts. Each call first checks that it comes from
// a frame on the configured portal origin and that its arguments have the expected shape;
// results and errors travel as plain data.
import { app, ipcMain, shell, type IpcMainInvokeEvent } from "electron";
import {
  channels,
  isTrustedPageChannel,
  type BridgeResult,
  type DesktopOs,
  type GeneratedSshKey,
  type PlatformInfo,
  type UpdateCheckResult,
} from "../preload/contract.ts";
import { checkLocaleArguments, checkNoArguments } from "./core/ipc-arguments.ts";
import { checkLaunchUrlArguments } from "./core/launch-url.ts";
import { checkSshKeyRequest } from "./core/ssh-key-generation.ts";
import { generateSshKeyPair } from "./core/ssh-keygen-runner.ts";
import { isTrustedSender } from "./core/window-policy.ts";

export function registerIpcHandlers(state: {
  portalOrigin: () => string | undefined;
  bundledServer: () => boolean;
  updates: () => PlatformInfo["updates"];
  checkForUpdates: () => Promise<UpdateCheckResult>;
  showWindow: () => void;
  reportLocale: (locale: string) => void;
}): void {
  const guarded = <T>(handler: () => T | Promise<T>) => {
    return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<BridgeResult<T>> => {
      if (!isTrustedSender(event.senderFrame?.url, state.portalOrigin())) {
        return {
          ok: false,
          error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
        };
      }
      const checked = checkNoArguments(args);
      if (!checked.ok) {
        return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
      }
      return { ok: true, value: await handler() };
    };
  };

  ipcMain.on(isTrustedPageChannel, (event) => {
    event.returnValue = isTrustedSender(event.senderFrame?.url, state.portalOrigin());
  });

  ipcMain.handle(
    channels.platform,
    guarded((): PlatformInfo => ({
      os: process.platform as DesktopOs,
      appVersion: app.getVersion(),
      bundledServer: state.bundledServer(),
      updates: state.updates(),
    })),
  );

  ipcMain.handle(
    channels.showWindow,
    guarded(() => {
      state.showWindow();
      return null;
    }),
  );

  const checkForUpdates = guarded(state.checkForUpdates);
  ipcMain.handle(channels.checkForUpdates, async (event, ...args: unknown[]) => {
    try {
      return await checkForUpdates(event, ...args);
    } catch (error) {
      // The feed may be unreachable or serve a bad file; the page gets a code, the log the detail.
      console.warn(
        `Update check failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return {
        ok: false,
        error: { code: "UPDATE_CHECK_FAILED", message: "Could not check for updates right now." },
      } satisfies BridgeResult<UpdateCheckResult>;
    }
  });

  // Only one-time launch URLs of the configured portal reach the system browser
  // (docs/design.md §3).
  ipcMain.handle(
    channels.openExternal,
    async (event, ...args: unknown[]): Promise<BridgeResult<null>> => {
      const portalOrigin = state.portalOrigin();
      if (!isTrustedSender(event.senderFrame?.url, portalOrigin)) {
        return {
          ok: false,
          error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
        };
      }
      const checked = checkLaunchUrlArguments(args, portalOrigin);
      if (!checked.ok) {
        return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
      }
      try {
        await shell.openExternal(checked.url);
        return { ok: true, value: null };
      } catch {
        return {
          ok: false,
          error: { code: "OPEN_FAILED", message: "The default browser could not be opened." },
        };
      }
    },
  );

  ipcMain.handle(channels.reportLocale, (event, ...args: unknown[]): BridgeResult<null> => {
    if (!isTrustedSender(event.senderFrame?.url, state.portalOrigin())) {
      return {
        ok: false,
        error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
      };
    }
    const checked = checkLocaleArguments(args);
    if (!checked.ok) {
      return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
    }
    state.reportLocale(checked.locale);
    return { ok: true, value: null };
  });

  ipcMain.handle(
    channels.generateSshKey,
    async (event, ...args: unknown[]): Promise<BridgeResult<GeneratedSshKey>> => {
      if (!isTrustedSender(event.senderFrame?.url, state.portalOrigin())) {
        return {
          ok: false,
          error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
        };
      }
      const checked = checkSshKeyRequest(args);
      if (!checked.ok) {
        return { ok: false, error: { code: "INVALID_ARGUMENTS", message: checked.reason } };
      }
      const outcome = await generateSshKeyPair(checked.request, {
        homeDirectory: app.getPath("home"),
      });
      return outcome.ok
        ? { ok: true, value: outcome.key }
        : { ok: false, error: { code: outcome.code, message: outcome.message } };
    },
  );
}
