// Runs the reference server inside the desktop app (Electron utilityProcess) when no
// organization is configured: demo data, SQLite in the app's data folder, a free localhost port.
import path from "node:path";
import { utilityProcess, type UtilityProcess } from "electron";

export type BundledServer = { url: string; stop(): void };

const startTimeoutMs = 30_000;

export function startBundledServer(options: {
  serverEntry: string;
  uiDirectory: string;
  dataDirectory: string;
}): Promise<BundledServer> {
  const child: UtilityProcess = utilityProcess.fork(options.serverEntry, [], {
    serviceName: "Gatehouse server",
    stdio: "inherit",
    env: {
      ...process.env,
      GATEHOUSE_DATABASE_URL: `sqlite:${path.join(options.dataDirectory, "gatehouse.db")}`,
      GATEHOUSE_UI_DIR: options.uiDirectory,
    },
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("The bundled server did not start within 30 seconds."));
    }, startTimeoutMs);
    child.on("message", (message: unknown) => {
      if (typeof message !== "object" || message === null || !("type" in message)) {
        return;
      }
      if (message.type === "ready" && "url" in message && typeof message.url === "string") {
        clearTimeout(timer);
        const url = message.url;
        resolve({ url, stop: () => child.postMessage({ type: "stop" }) });
      } else if (message.type === "failed") {
        clearTimeout(timer);
        reject(
          new Error(
            `The bundled server failed to start: ${String("message" in message ? message.message : "")}`,
          ),
        );
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The bundled server exited with code ${code}.`));
    });
  });
}
