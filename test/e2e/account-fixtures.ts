// Fixtures for the account journeys: a server of their own (demo data, a known SQLite file so
// the admin CLI can work on it, a sign-in rate limit that fits a test run), plus helpers to run
// `gatehouse-admin` and to make throwaway accounts.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect } from "@playwright/test";
import { startPortalServer, test as base, type PortalServer } from "./fixtures.ts";

const run = promisify(execFile);

export type AccountPortal = PortalServer & {
  /** Runs `node server/admin/cli.ts …` on this server's database; resolves to its output. */
  admin(args: string[], stdin?: string): Promise<string>;
  databaseFile: string;
};

export const test = base.extend<object, { accountPortal: AccountPortal }>({
  accountPortal: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-accounts-"));
      const databaseFile = path.join(directory, "gatehouse.db");
      const environment = {
        GATEHOUSE_DATABASE_URL: `sqlite:${databaseFile}`,
        GATEHOUSE_SIGNIN_RATE_LIMIT: "1000",
      };
      const server = await startPortalServer(environment);
      const admin = async (args: string[], stdin?: string) => {
        const child = run(process.execPath, ["server/admin/cli.ts", ...args], {
          env: { ...process.env, ...environment, GATEHOUSE_LOG_LEVEL: "silent" },
        });
        if (stdin !== undefined) {
          child.child.stdin?.end(stdin);
        }
        return (await child).stdout;
      };
      await use({ ...server, admin, databaseFile });
      await server.stop();
      rmSync(directory, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  baseURL: async ({ accountPortal }, use) => {
    await use(accountPortal.url);
  },
});

export { expect };

let counter = 0;

/** A fresh account with a known password, made with the admin CLI. */
export async function createAccount(
  portal: AccountPortal,
  name: string,
): Promise<{ email: string; password: string }> {
  counter += 1;
  const email = `${name}.${process.pid}.${counter}@example.com`;
  const password = "Orchard-Lantern-River-7";
  await portal.admin(
    [
      "user",
      "create",
      "--email",
      email,
      "--first-name",
      "Riley",
      "--last-name",
      "Chen",
      "--password-stdin",
    ],
    `${password}\n`,
  );
  return { email, password };
}
