// Handlers of the bridge calls in preload/contract.ts. Each call first checks that it comes from
// a frame on the configured portal origin; results and errors travel as plain data.
import { app, ipcMain, type IpcMainInvokeEvent } from "electron";
import {
  channels,
  isTrustedPageChannel,
  type BridgeResult,
  type DesktopOs,
  type PlatformInfo,
} from "../preload/contract.ts";
import { isTrustedSender } from "./core/window-policy.ts";

export function registerIpcHandlers(state: {
  portalOrigin: () => string | undefined;
  bundledServer: () => boolean;
}): void {
  const guarded = <T>(handler: (event: IpcMainInvokeEvent) => T) => {
    return (event: IpcMainInvokeEvent): BridgeResult<T> => {
      if (!isTrustedSender(event.senderFrame?.url, state.portalOrigin())) {
        return {
          ok: false,
          error: { code: "UNTRUSTED_ORIGIN", message: "This page may not use the desktop bridge." },
        };
      }
      return { ok: true, value: handler(event) };
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
    })),
  );
}
