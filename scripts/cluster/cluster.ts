// A local cluster like the production topology in docs/admin.md ("Several instances"): N
// stateless instances on one PostgreSQL behind HAProxy, which checks their /readyz. Used by
// `npm run cluster` (scripts/cluster.ts), the fault suite (test/cluster/) and the bench.
import { createServer, type AddressInfo } from "node:net";
import { startHaproxy, type LoadBalancer } from "./haproxy.ts";
import { defineInstance, type Instance } from "./instances.ts";
import { waitFor } from "./wait-for.ts";

export type ClusterOptions = {
  instanceCount: number;
  /** postgres://… of the one database every instance shares. */
  databaseUrl: string;
  /** HAProxy's port on 127.0.0.1 (0 picks a free one). */
  port: number;
  /** GATEHOUSE_* settings for every instance (mode, secret key, limits, …). */
  environment: Record<string, string>;
  haproxyBinary: string;
  /** Where HAProxy's configuration and admin socket go (a short path: sockets are limited). */
  directory: string;
  onLog: (source: string, line: string) => void;
};

export type Cluster = {
  /** The one URL users open: the load balancer. */
  url: string;
  instances: Instance[];
  loadBalancer: LoadBalancer;
  /** Resolves once HAProxy sees every running instance as UP and the others as DOWN. */
  settled(timeoutMilliseconds?: number): Promise<void>;
  stop(): Promise<void>;
};

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const port = options.port === 0 ? await freePort() : options.port;
  const url = `http://localhost:${port}`;
  const instances: Instance[] = [];
  for (let index = 1; index <= options.instanceCount; index += 1) {
    instances.push(
      defineInstance({
        name: `gatehouse-${index}`,
        port: await freePort(),
        environment: {
          ...options.environment,
          GATEHOUSE_DATABASE_URL: options.databaseUrl,
          GATEHOUSE_PUBLIC_URL: url,
          // HAProxy connects from 127.0.0.1 and says who the client is.
          GATEHOUSE_TRUSTED_PROXIES: "127.0.0.1",
        },
        onLog: options.onLog,
      }),
    );
  }
  let loadBalancer: LoadBalancer | undefined;
  const stop = async () => {
    await loadBalancer?.stop();
    await Promise.all(instances.filter((one) => one.running()).map((one) => one.stop("SIGINT")));
  };
  try {
    // One after the other: the first migrates the database (and seeds the demo in demo mode).
    for (const instance of instances) {
      await instance.start();
    }
    loadBalancer = await startHaproxy(
      options.haproxyBinary,
      options.directory,
      {
        bind: `127.0.0.1:${port}`,
        instances: instances.map(({ name, port: instancePort }) => ({
          name,
          address: `127.0.0.1:${instancePort}`,
        })),
      },
      (line) => options.onLog("haproxy", line),
    );
    const balancer = loadBalancer;
    const settled = async (timeoutMilliseconds = 15_000) =>
      waitFor("HAProxy to see every running instance up", timeoutMilliseconds, async () => {
        const states = await balancer.states();
        return instances.every(
          (instance) => (states[instance.name] === "UP") === instance.running(),
        );
      });
    await settled();
    return { url, instances, loadBalancer: balancer, settled, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
