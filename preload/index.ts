// Exposes `window.gatehouse`: named functions built from the contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import {
  channels,
  isTrustedPageChannel,
  type DeepLinkEvent,
  type ResumeEvent,
  type GatehouseBridge,
} from "./contract.ts";

/** Subscribes to a main → page event; the callback gets plain data, never the IPC event. */
function subscribe<T>(channel: string, callback: (payload: T) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: T) => callback(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

const bridge: GatehouseBridge = {
  platform: () => ipcRenderer.invoke(channels.platform),
  checkForUpdates: () => ipcRenderer.invoke(channels.checkForUpdates),
  onVerifyNow: (callback) => subscribe<undefined>(channels.onVerifyNow, () => callback()),
  onDeepLink: (callback) => subscribe<DeepLinkEvent>(channels.onDeepLink, callback),
  openExternal: (launchUrl) => ipcRenderer.invoke(channels.openExternal, launchUrl),
  generateSshKey: (request) => ipcRenderer.invoke(channels.generateSshKey, request),
  signDeviceChallenge: (challenge) => ipcRenderer.invoke(channels.signDeviceChallenge, challenge),
  enrollDevice: (connectKey) => ipcRenderer.invoke(channels.enrollDevice, connectKey),
  onResume: (callback) => subscribe<ResumeEvent>(channels.onResume, callback),
  showWindow: () => ipcRenderer.invoke(channels.showWindow),
  reportLocale: (locale) => ipcRenderer.invoke(channels.reportLocale, locale),
};

// The preload runs for every page the window shows, including the app's local pages; main says
// whether this page is on the portal origin, and only then does the page get the bridge (main
// still re-checks the sender of every call).
if (ipcRenderer.sendSync(isTrustedPageChannel) === true) {
  contextBridge.exposeInMainWorld("gatehouse", bridge);
}
