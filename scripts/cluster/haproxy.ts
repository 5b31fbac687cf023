// HAProxy as a child process in front of the local cluster: finds Debian's binary, checks the
// configuration, runs it in the foreground and reads the instances' states from its admin socket.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";
import { haproxyConfig, type HaproxyOptions } from "./haproxy-config.ts";
import { waitFor } from "./wait-for.ts";

/** The haproxy binary: on PATH, or where Debian installs it (/usr/sbin is not on every PATH). */
export function findHaproxy(): string | undefined {
  const directories = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin"];
  return directories
    .filter((directory) => directory !== "")
    .map((directory) => path.join(directory, "haproxy"))
    .find((candidate) => existsSync(candidate));
}

export type LoadBalancer = {
  /** Each instance's state as HAProxy sees it: "UP", "DOWN", "UP 1/2" (going down), … */
  states(): Promise<Record<string, string>>;
  stop(): Promise<void>;
  pid: number | undefined;
};

export async function startHaproxy(
  binary: string,
  directory: string,
  options: Omit<HaproxyOptions, "statsSocket">,
  onLog: (line: string) => void,
): Promise<LoadBalancer> {
  const socket = path.join(directory, "haproxy.sock");
  const file = path.join(directory, "haproxy.cfg");
  writeFileSync(file, haproxyConfig({ ...options, statsSocket: socket }));
  const check = spawnSync(binary, ["-c", "-q", "-f", file], { encoding: "utf8" });
  if (check.status !== 0) {
    throw new Error(`HAProxy refused its configuration:\n${check.stdout}${check.stderr}`);
  }
  const child: ChildProcess = spawn(binary, ["-db", "-f", file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => chunk.trimEnd().split("\n").forEach(onLog));
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const states = async () => parseStates(await askSocket(socket, "show stat\n"));
  await waitFor("HAProxy to open its admin socket", 15_000, () =>
    states().then(
      () => true,
      () => false,
    ),
  );
  return {
    states,
    pid: child.pid,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

function askSocket(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const connection = createConnection(socket);
    let answer = "";
    connection.setEncoding("utf8");
    connection.on("data", (chunk: string) => (answer += chunk));
    connection.on("end", () => resolve(answer));
    connection.on("error", reject);
    connection.end(command);
  });
}

/** `show stat` is CSV with a "# pxname,svname,…,status,…" header; servers of "instances". */
function parseStates(csv: string): Record<string, string> {
  const [header = "", ...rows] = csv.split("\n");
  const columns = header.replace(/^# /, "").split(",");
  const proxy = columns.indexOf("pxname");
  const server = columns.indexOf("svname");
  const status = columns.indexOf("status");
  const states: Record<string, string> = {};
  for (const row of rows) {
    const cells = row.split(",");
    const name = cells[server] ?? "";
    if (cells[proxy] === "instances" && name !== "BACKEND" && name !== "FRONTEND") {
      states[name] = cells[status] ?? "";
    }
  }
  return states;
}
