// Exposes `window.gatehouse`: named functions built from the contract, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from "electron";
import { channels, isTrustedPageChannel, type GatehouseBridge } from "./contract.ts";

const bridge: GatehouseBridge = {
  platform: () => ipcRenderer.invoke(channels.platform),
};

// The preload runs for every page the window shows, including the app's local pages; main says
// whether this page is on the portal origin, and only then does the page get the bridge (main
// still re-checks the sender of every call).
if (ipcRenderer.sendSync(isTrustedPageChannel) === true) {
  contextBridge.exposeInMainWorld("gatehouse", bridge);
}
