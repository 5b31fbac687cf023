// Managed configuration in the real app, from a fixture plist shaped like the macOS managed
// preferences an MDM profile installs (GATEHOUSE_MANAGED_POLICY_FILE, honoured by development
// builds only): the app opens the portal IT set, here one that cannot resolve, so the offline
// page names it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import plist from "plist";
import { useDesktopApp } from "./desktop-app.ts";

const policyFile = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-policy-")), "policy.plist");
writeFileSync(policyFile, plist.build({ PortalUrl: "https://portal.gatehouse.invalid" }));

const desktopApp = useDesktopApp({ env: { GATEHOUSE_MANAGED_POLICY_FILE: policyFile } });

test("the portal IT set through MDM is the one the app opens", async () => {
  const window = await desktopApp().firstWindow();
  await expect(
    window.getByRole("heading", { name: "Can't reach portal.gatehouse.invalid" }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(window.getByRole("alert")).toContainText("could not be found");
});
