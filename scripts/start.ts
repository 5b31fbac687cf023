// `npm start`: build, then run the desktop app on its bundled demo server. Where no Electron
// binary can be had (offline CI machines), serve the same portal in the browser instead.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findElectronBinary } from "./electron-binary.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (command: string, args: string[], environment: NodeJS.ProcessEnv = process.env) =>
  spawn(command, args, { cwd: root, stdio: "inherit", env: environment });

const built = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, stdio: "inherit" });
if (built.status !== 0) {
  process.exit(built.status ?? 1);
}

let electron = findElectronBinary(root);
if (!electron.found && process.env.GATEHOUSE_SKIP_ELECTRON_DOWNLOAD === undefined) {
  // First start on a machine with internet access: let the electron package fetch its binary.
  spawnSync(process.execPath, ["node_modules/electron/install.js"], {
    cwd: root,
    stdio: "ignore",
    timeout: 180_000,
  });
  electron = findElectronBinary(root);
}

const child = electron.found
  ? run(electron.path, ["out/main/index.cjs", ...process.argv.slice(2)])
  : (console.log(
      `No desktop app here: ${electron.reason}. Serving the portal in your browser instead.`,
    ),
    run(process.execPath, ["server/cli.ts"], {
      ...process.env,
      GATEHOUSE_MODE: process.env.GATEHOUSE_MODE ?? "demo",
      GATEHOUSE_DATABASE_URL: process.env.GATEHOUSE_DATABASE_URL ?? "sqlite:data/demo.db",
      GATEHOUSE_LOG_LEVEL: process.env.GATEHOUSE_LOG_LEVEL ?? "warn",
    }));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code) => process.exit(code ?? 0));
