// Web permissions in the real app (session.setPermissionCheckHandler and RequestHandler): every
// permission is refused except the portal's own clipboard writes.
import { expect, test } from "@playwright/test";
import { signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("the portal gets no camera, location or notifications, but may copy to the clipboard", async () => {
  const portal = await desktopApp().firstWindow();
  await signInAsDemoEmployee(portal);
  // Clipboard writes need a focused document.
  await desktopApp().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.focus());
  const answers = await portal.evaluate(async () => {
    const state = async (name: string) =>
      (await navigator.permissions.query({ name } as unknown as PermissionDescriptor)).state;
    const notification = await Notification.requestPermission();
    const location = await new Promise<string>((resolve) =>
      navigator.geolocation.getCurrentPosition(
        () => resolve("granted"),
        (error) => resolve(error.code === error.PERMISSION_DENIED ? "denied" : "other"),
      ),
    );
    const camera = await navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => "granted",
      (error: Error) => error.name,
    );
    const copied = await navigator.clipboard.writeText("ssh-ed25519 AAAA").then(
      () => "written",
      (error: Error) => error.name,
    );
    return { geolocation: await state("geolocation"), notification, location, camera, copied };
  });
  expect(answers).toMatchObject({
    geolocation: "denied",
    notification: "denied",
    location: "denied",
    copied: "written",
  });
  expect(answers.camera).not.toBe("granted");
});
