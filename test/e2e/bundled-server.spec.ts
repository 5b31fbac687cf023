// The server bundle the desktop app runs in its utilityProcess (out/server/bundled.mjs, built by
// `npm run build`) starts on its own with demo data and serves the portal a person can sign in to.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { demo, expect, signInWithPassword, test } from "./fixtures.ts";

test("the bundled server starts from the build output and signs the demo employee in", async ({
  browser,
}) => {
  const directory = mkdtempSync(path.join(tmpdir(), "gatehouse-bundled-"));
  const child = spawn(process.execPath, ["out/server/bundled.mjs"], {
    env: {
      ...process.env,
      GATEHOUSE_DATABASE_URL: `sqlite:${path.join(directory, "gatehouse.db")}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /\(demo data\): (http:\/\/localhost:\d+)/.exec(output);
        if (match?.[1] !== undefined) {
          resolve(match[1]);
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) =>
        reject(new Error(`bundled server exited with ${code}:\n${output}`)),
      );
    });
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await signInWithPassword(page, demo.employee.email, demo.employee.password);
    await expect(page.getByRole("button", { name: /account menu for Alex Morgan/i })).toBeVisible();
    await context.close();
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    rmSync(directory, { recursive: true, force: true });
  }
});
