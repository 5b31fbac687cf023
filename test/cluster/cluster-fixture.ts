// A real cluster for the fault suites: its own embedded PostgreSQL (the suites restart it, so it
// is never the run's shared server), accounts and a SAML app made with the admin CLI, N
// instances and HAProxy (scripts/cluster/). Every process's output goes to one log file under
// test-results/cluster/, named in failure messages.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startCluster, type Cluster } from "../../scripts/cluster/cluster.ts";
import { findHaproxy } from "../../scripts/cluster/haproxy.ts";
import { repositoryRoot } from "../../scripts/cluster/instances.ts";
import { startEmbeddedPostgres, type PostgresServer } from "../fixtures/embedded-postgres.ts";

export const haproxyBinary = findHaproxy();

/** Why the cluster suites cannot run here, or undefined. .ci/run installs HAProxy. */
export const clusterSkipReason =
  haproxyBinary === undefined
    ? "skipped: haproxy is not installed, apt-get install haproxy"
    : undefined;

export type Account = { email: string; password: string };

export type ClusterFixture = {
  cluster: Cluster;
  postgres: PostgresServer;
  /** The settings every instance runs with. */
  environment: Record<string, string>;
  admin: Account;
  users: Account[];
  samlAppId: string;
  logFile: string;
  /** Runs the admin CLI against the cluster's database; resolves with its output. */
  adminCli(args: string[], stdin?: string): Promise<string>;
  stop(): Promise<void>;
};

export type FixtureOptions = {
  name: string;
  instanceCount: number;
  userCount: number;
  /** Settings on top of the suite defaults. */
  environment?: Record<string, string>;
};

export async function startClusterFixture(options: FixtureOptions): Promise<ClusterFixture> {
  const logDirectory = path.join(repositoryRoot, "test-results/cluster");
  mkdirSync(logDirectory, { recursive: true });
  const logFile = path.join(logDirectory, `${options.name}.log`);
  writeFileSync(logFile, "");
  const log = (source: string, line: string) =>
    appendFileSync(logFile, `${new Date().toISOString()} [${source}] ${line}\n`);
  const directory = mkdtempSync(path.join(tmpdir(), "gh-faults-"));
  const postgres = await startEmbeddedPostgres();
  const environment: Record<string, string> = {
    GATEHOUSE_MODE: "production",
    GATEHOUSE_LOG_LEVEL: "warn",
    GATEHOUSE_SECRET_KEY: randomBytes(32).toString("base64"),
    GATEHOUSE_DRAIN_SECONDS: "2",
    ...options.environment,
  };
  const adminCli = (args: string[], stdin?: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ["server/admin/cli.ts", ...args],
        {
          cwd: repositoryRoot,
          env: { PATH: process.env.PATH, ...environment, GATEHOUSE_DATABASE_URL: postgres.url },
        },
        (error, stdout, stderr) => {
          log("admin", `${args.join(" ")}: ${stdout}${stderr}`.trim());
          return error === null ? resolve(stdout) : reject(new Error(`${args[0]}: ${stderr}`));
        },
      );
      child.stdin?.end(stdin ?? "");
    });

  try {
    const account = (name: string): Account => ({
      email: `${name}@cluster.example`,
      password: `Orchard-${randomBytes(6).toString("hex")}-Lantern`,
    });
    const admin = account("admin");
    const users = Array.from({ length: options.userCount }, (_, index) => account(`user${index}`));
    // The first command migrates the new database; the rest may then run side by side.
    await createAccount(adminCli, admin, true);
    await Promise.all(users.map((user) => createAccount(adminCli, user, false)));
    const created = await adminCli([
      "app",
      "create-saml",
      "--name",
      "Cluster SAML",
      "--entity-id",
      "urn:cluster:sp",
      "--acs-url",
      "https://sp.cluster.example/acs",
      "--attribute",
      "email=email",
    ]);
    const samlAppId = /: ([0-9a-f-]{36})$/m.exec(created)?.[1] ?? "";
    for (const user of users) {
      await adminCli(["app", "assign", samlAppId, "--email", user.email]);
    }
    const cluster = await startCluster({
      instanceCount: options.instanceCount,
      databaseUrl: postgres.url,
      port: 0,
      environment,
      haproxyBinary: haproxyBinary!,
      directory,
      onLog: log,
    });
    return {
      cluster,
      postgres,
      environment,
      admin,
      users,
      samlAppId,
      logFile,
      adminCli,
      async stop() {
        await cluster.stop();
        await postgres.remove();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres.remove();
    rmSync(directory, { recursive: true, force: true });
    throw new Error(`The cluster did not start (log: ${logFile})`, { cause: error });
  }
}

async function createAccount(
  adminCli: ClusterFixture["adminCli"],
  { email, password }: Account,
  admin: boolean,
): Promise<void> {
  const name = email.split("@")[0] ?? email;
  await adminCli(
    [
      "user",
      "create",
      "--email",
      email,
      "--first-name",
      name,
      "--last-name",
      "Cluster",
      "--password-stdin",
      ...(admin ? ["--admin"] : []),
    ],
    `${password}\n`,
  );
}
