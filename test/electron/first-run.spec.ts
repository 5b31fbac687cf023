// The first-run page ("Connect to your organization") in the real app: a bad address is
// explained, a good one opens that portal and is remembered. A development run starts the
// bundled server instead of asking, so the test opens the page itself and points it at the
// bundled server's own address.
import { expect, test } from "@playwright/test";
import { useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("the first-run form refuses a bad address and opens the portal it is given", async () => {
  const window = await desktopApp().firstWindow();
  await expect(window.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
  const portalOrigin = new URL(window.url()).origin;

  await desktopApp().evaluate(async ({ BrowserWindow }) => {
    await BrowserWindow.getAllWindows()[0]?.loadURL("app://local/first-run");
  });
  await expect(window.getByRole("heading", { name: "Connect to your organization" })).toBeVisible();
  await window.screenshot({ path: test.info().outputPath("first-run.png") });

  await window.getByLabel("Portal address").fill("http://portal.example.com");
  await window.getByRole("button", { name: "Continue" }).click();
  await expect(window.getByRole("alert")).toHaveText("The address must start with https://.");

  await window.getByLabel("Portal address").fill(portalOrigin);
  await window.getByRole("button", { name: "Continue" }).click();
  await expect(window.getByLabel("Company email")).toBeVisible();
  expect(new URL(window.url()).origin).toBe(portalOrigin);
});
