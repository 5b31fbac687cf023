// One Gatehouse instance of a local cluster: `node server/cli.ts` on its own port, started,
// signalled (SIGTERM to drain, SIGKILL to crash) and started again by the cluster and the fault
// suite. Its log lines go to `onLog`, prefixed by nobody: the caller decides.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { waitFor } from "./wait-for.ts";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type InstanceOptions = {
  name: string;
  port: number;
  /** GATEHOUSE_* settings besides the port. */
  environment: Record<string, string>;
  onLog: (name: string, line: string) => void;
};

export type Instance = {
  name: string;
  port: number;
  /** http://127.0.0.1:<port>, to talk to this instance past the load balancer. */
  url: string;
  /** Starts the process and resolves once its /readyz answers 200. */
  start(): Promise<void>;
  /** Sends a signal; resolves with the exit code once the process has exited. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited(): Promise<number | null>;
  running(): boolean;
  /** The running process's id (for its CPU time in /proc), if running. */
  pid(): number | undefined;
};

export function defineInstance(options: InstanceOptions): Instance {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  let exit: Promise<number | null> = Promise.resolve(null);

  const forwardLines = (stream: NodeJS.ReadableStream | null) => {
    let partial = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        options.onLog(options.name, line);
      }
    });
  };

  return {
    name: options.name,
    port: options.port,
    url,
    async start() {
      const started = spawn(process.execPath, ["server/cli.ts"], {
        cwd: repositoryRoot,
        env: {
          PATH: process.env.PATH ?? "",
          ...options.environment,
          GATEHOUSE_HOST: "127.0.0.1",
          GATEHOUSE_PORT: String(options.port),
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = started;
      forwardLines(started.stdout);
      forwardLines(started.stderr);
      exit = new Promise((resolve) => started.once("exit", (code) => resolve(code)));
      let gone = false;
      void exit.then(() => (gone = true));
      await waitFor(`${options.name} to answer /readyz`, 60_000, async () => {
        if (gone) {
          throw new Error(`${options.name} exited before it was ready`);
        }
        const response = await fetch(`${url}/readyz`).catch(() => undefined);
        return response?.status === 200;
      });
    },
    async stop(signal) {
      child?.kill(signal);
      return exit;
    },
    signal(signal) {
      child?.kill(signal);
    },
    exited: () => exit,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    pid: () => child?.pid,
  };
}
