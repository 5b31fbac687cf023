// The admin CLI opens the database Gatehouse actually uses and never creates an empty one: run
// as a real process in a fresh folder, as a newcomer would after `npm start`.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chooseAdminDatabase } from "../../server/admin/cli/database-choice.ts";
import { openDatabase } from "../../server/storage/database.ts";
import { migrateToLatest } from "../../server/storage/migrate.ts";

const run = promisify(execFile);
const cli = path.resolve("server/admin/cli.ts");
let directory = "";

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), "gatehouse-cli-"));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

async function admin(args: string[], environment: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("GATEHOUSE_")),
  );
  return run(process.execPath, [cli, ...args], {
    cwd: directory,
    env: { ...clean, GATEHOUSE_LOG_LEVEL: "silent", ...environment },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

async function makeDatabase(relative: string): Promise<void> {
  mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true });
  const db = openDatabase({ dialect: "sqlite", path: path.join(directory, relative) });
  await migrateToLatest(db);
  await db.destroy();
}

describe("the admin CLI's database", () => {
  it("finds the demo database of `npm start` and says which it opened", async () => {
    await makeDatabase("data/demo.db");
    const answer = await admin(["mail", "list"]);
    expect(answer.code).toBe(0);
    expect(answer.stderr).toContain("Using data/demo.db, the database of the demo of `npm start`");
    expect(answer.stderr).toContain("GATEHOUSE_DATABASE_URL");
    expect(existsSync(path.join(directory, "data/gatehouse.db"))).toBe(false);
  });

  it("refuses, creating nothing, where no database exists", async () => {
    const answer = await admin(["mail", "list"]);
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain("No Gatehouse database here");
    expect(answer.stderr).toContain("Nothing was created.");
    expect(readdirSync(directory)).toEqual([]);
  });

  it("refuses a configured SQLite file that does not exist, creating nothing", async () => {
    const answer = await admin(["user", "list"], {
      GATEHOUSE_DATABASE_URL: "sqlite:elsewhere/typo.db",
    });
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain(
      `No Gatehouse database at ${path.join(directory, "elsewhere/typo.db")}`,
    );
    expect(readdirSync(directory)).toEqual([]);
  });

  it("opens a configured database silently", async () => {
    await makeDatabase("mine.db");
    const answer = await admin(["user", "list"], { GATEHOUSE_DATABASE_URL: "sqlite:mine.db" });
    expect(answer).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("choosing among the databases a clone can have", () => {
  const defaults = { dialect: "sqlite" as const, path: "/clone/data/gatehouse.db" };
  const choose = (files: string[]) =>
    chooseAdminDatabase({
      configured: defaults,
      explicit: false,
      exists: (file) => files.includes(file),
      directory: "/clone",
    });

  it("prefers the server's database and names the demo one beside it", () => {
    const choice = choose(["/clone/data/gatehouse.db", "/clone/data/demo.db"]);
    expect(choice).toMatchObject({ ok: true, database: defaults });
    expect(choice.ok && choice.notice).toContain(
      "data/demo.db (the demo of `npm start`) exists too",
    );
  });

  it("leaves PostgreSQL and in-memory databases to the configuration", () => {
    for (const configured of [
      { dialect: "postgres" as const, url: "postgres://db/gatehouse" },
      { dialect: "sqlite" as const, path: ":memory:" },
    ]) {
      expect(
        chooseAdminDatabase({ configured, explicit: false, exists: () => false, directory: "/" }),
      ).toEqual({ ok: true, database: configured, notice: undefined });
    }
  });
});
