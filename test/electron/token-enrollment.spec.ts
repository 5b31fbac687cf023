// Enrollment with IT's token in the real app: a token made with the admin CLI on the bundled
// server's database, handed to the app as IT would (here GATEHOUSE_ENROLLMENT_TOKEN), enrolls
// the device through Electron's net once the portal page has loaded; the CLI then lists it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { electron, launchDesktopApp, skipReason } from "./desktop-app.ts";

test.skip(!electron.found, skipReason);

const projectRoot = path.resolve(import.meta.dirname, "../..");
const admin = (database: string, ...args: string[]) =>
  execFileSync(process.execPath, ["server/admin/cli.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, GATEHOUSE_DATABASE_URL: `sqlite:${database}` },
    encoding: "utf8",
  });

test("IT's enrollment token enrolls the device once the portal is reachable", async () => {
  const userData = mkdtempSync(path.join(tmpdir(), "gatehouse-enroll-"));
  const database = path.join(userData, "gatehouse.db");
  try {
    // First run: the bundled server creates its database with the demo data.
    const first = await launchDesktopApp({ userData });
    await expect((await first.app.firstWindow()).getByLabel("Company email")).toBeVisible({
      timeout: 30_000,
    });
    await first.close();
    const created = admin(database, "enrollment-token", "create", "--label", "Electron suite");
    const token =
      /Token \(shown once; push it as EnrollmentToken\): (\S+)/.exec(created)?.[1] ?? "";
    expect(token).not.toBe("");

    const second = await launchDesktopApp({ userData, env: { GATEHOUSE_ENROLLMENT_TOKEN: token } });
    await expect((await second.app.firstWindow()).getByLabel("Company email")).toBeVisible({
      timeout: 30_000,
    });
    await expect
      .poll(() => admin(database, "device", "list"), { timeout: 30_000 })
      .not.toMatch(/No devices are enrolled/);
    await second.close();
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});
