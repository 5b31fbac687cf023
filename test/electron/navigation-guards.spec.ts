// The window's guards in the real app: the portal page cannot navigate the window away from the
// portal, cannot reach the local pages that change the portal, and window.open never makes an
// Electron window — web links go to the system browser (recorded here in place of it).
import { expect, test } from "@playwright/test";
import { recordOpenedUrls, signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("web links leave through the system browser and the window stays on the portal", async () => {
  const opened = await recordOpenedUrls(desktopApp());
  const portal = await desktopApp().firstWindow();
  await signInAsDemoEmployee(portal);
  const portalUrl = portal.url();

  await portal.evaluate(() => {
    window.open("https://docs.example.net/help", "_blank");
    window.open("javascript:alert(1)", "_blank");
  });
  await expect.poll(opened).toEqual(["https://docs.example.net/help"]);
  expect(desktopApp().windows()).toHaveLength(1);

  for (const target of [
    "https://evil.example.net/",
    "file:///etc/passwd",
    "app://local/demo",
    "app://local/connect?portal=https%3A%2F%2Fevil.example.net",
  ]) {
    await portal.evaluate((url) => {
      window.location.href = url;
    }, target);
  }
  await expect.poll(opened).toEqual(["https://docs.example.net/help", "https://evil.example.net/"]);
  expect(portal.url()).toBe(portalUrl);
  await expect(portal.getByRole("button", { name: /Account menu/ })).toBeVisible();
});
