// compose.yaml as a self-hoster runs it, where a container runtime exists: the image builds, both
// instances come up healthy behind HAProxy as an unprivileged user on a read-only root
// filesystem, an admin made with the admin CLI in a container signs in, and stopping one
// instance (SIGTERM, drained) costs a signed-in user nothing. Elsewhere it reports itself skipped
// with the reason; test/unit/deploy/ checks the same files without a runtime.
import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/cluster/cluster.ts";
import { repositoryRoot } from "../../scripts/cluster/instances.ts";
import { waitFor } from "../../scripts/cluster/wait-for.ts";
import { ClusterClient, signIn } from "./cluster-client.ts";
import { findContainerTools } from "./container-runtime.ts";

const tools = findContainerTools();
const skipReason = "skipReason" in tools ? tools.skipReason : undefined;
if (skipReason !== undefined) {
  console.log(`The compose.yaml test is ${skipReason}.`);
}

describe.skipIf(skipReason !== undefined)(
  `compose.yaml: PostgreSQL, two instances and HAProxy${skipReason === undefined ? "" : ` (${skipReason})`}`,
  () => {
    const { compose } = tools as Exclude<typeof tools, { skipReason: string }>;
    const project = `gatehouse-test-${randomBytes(3).toString("hex")}`;
    const environment: Record<string, string> = {};
    let url = "";

    const run = (args: string[], input?: string) => {
      const [program = "", ...rest] = compose;
      const result = spawnSync(program, [...rest, "-p", project, ...args], {
        cwd: repositoryRoot,
        env: { ...process.env, ...environment },
        encoding: "utf8",
        input,
        timeout: 900_000,
      });
      if (result.status !== 0) {
        throw new Error(`${compose.join(" ")} ${args.join(" ")} failed:\n${result.stderr}`);
      }
      return result.stdout;
    };

    /** The same, without blocking: requests keep flowing while it runs. */
    const runInBackground = (args: string[]) =>
      new Promise<void>((resolve, reject) => {
        const [program = "", ...rest] = compose;
        execFile(
          program,
          [...rest, "-p", project, ...args],
          { cwd: repositoryRoot, env: { ...process.env, ...environment } },
          (error) =>
            error === null
              ? resolve()
              : reject(new Error(`${args.join(" ")} failed`, { cause: error })),
        );
      });

    beforeAll(async () => {
      const port = await freePort();
      url = `http://localhost:${port}`;
      Object.assign(environment, {
        GATEHOUSE_SECRET_KEY: randomBytes(32).toString("base64"),
        GATEHOUSE_POSTGRES_PASSWORD: randomBytes(18).toString("hex"),
        GATEHOUSE_HTTP_PORT: String(port),
        GATEHOUSE_PUBLIC_URL: url,
      });
      run(["up", "--build", "--detach"]);
      await waitFor(
        "the compose cluster to answer /readyz",
        300_000,
        async () => {
          const answer = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
          return answer?.status === 200;
        },
        1000,
      );
    }, 1_200_000);
    afterAll(() => {
      run(["down", "--volumes"]);
    });

    it("runs every instance as an unprivileged user on a read-only root filesystem", () => {
      for (const service of ["gatehouse-1", "gatehouse-2"]) {
        expect(run(["exec", "-T", service, "id", "-u"]).trim()).not.toBe("0");
        expect(() => run(["exec", "-T", service, "touch", "/app/written"])).toThrow();
      }
    });

    it("signs in an admin made in a container, and keeps them signed in while an instance stops", async () => {
      const password = `Orchard-${randomBytes(6).toString("hex")}-Lantern`;
      run(
        ["exec", "-T", "gatehouse-1", "node", "server/admin/cli.ts", "user", "create", "--admin"]
          .concat(["--email", "admin@compose.example", "--first-name", "Compose"])
          .concat(["--last-name", "Admin", "--password-stdin"]),
        `${password}\n`,
      );
      const client = new ClusterClient({
        baseUrl: url.replace("localhost", "127.0.0.1"),
        origin: url,
      });
      expect((await signIn(client, "admin@compose.example", password)).status).toBe(200);
      const statuses: number[] = [];
      let stopped = false;
      const stopping = runInBackground(["stop", "gatehouse-1"]).finally(() => (stopped = true));
      while (!stopped) {
        statuses.push((await client.send("GET", "/api/me")).status);
      }
      await stopping;
      statuses.push((await client.send("GET", "/api/me")).status);
      client.close();
      expect(new Set(statuses)).toEqual(new Set([200]));
    });
  },
);
