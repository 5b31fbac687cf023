// "Verify now" in the real app. The tray's menu cannot be clicked from a test, so the test
// chooses the application menu's item with the same id, which runs the very same action
// (main/app-actions.ts): the window comes forward and the portal page is told to verify.
import { expect, test } from "@playwright/test";
import { signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("Verify now brings the window forward and reaches the portal page on any page", async () => {
  const portal = await desktopApp().firstWindow();
  await signInAsDemoEmployee(portal);
  await portal.getByRole("link", { name: "Profile" }).click();
  await portal.evaluate(() => {
    window.gatehouse?.onVerifyNow(() => {
      (window as unknown as { verifyNowHeard: number }).verifyNowHeard =
        ((window as unknown as { verifyNowHeard?: number }).verifyNowHeard ?? 0) + 1;
    });
  });
  await desktopApp().evaluate(({ BrowserWindow, Menu }) => {
    BrowserWindow.getAllWindows()[0]?.hide();
    Menu.getApplicationMenu()?.getMenuItemById("verify-now")?.click();
  });
  await expect
    .poll(() =>
      portal.evaluate(() => (window as unknown as { verifyNowHeard?: number }).verifyNowHeard),
    )
    .toBe(1);
  expect(
    await desktopApp().evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.isVisible(),
    ),
  ).toBe(true);
  await expect(portal).toHaveURL(/\/profile$/);
});
