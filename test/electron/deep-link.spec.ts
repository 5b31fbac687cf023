// gatehouse://app/<id> in the real app: main accepts the link (here through the open-url event
// macOS delivers; Windows and Linux pass it as an argument to a second instance, which forwards
// it the same way), brings the window forward and the portal launches the app through its
// one-time ticket in the system browser. A bad link is refused in main and opens nothing.
import { expect, test } from "@playwright/test";
import { recordOpenedUrls, signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("a gatehouse://app link launches that app through the one-time ticket", async () => {
  const opened = await recordOpenedUrls(desktopApp());
  const portal = await desktopApp().firstWindow();
  await signInAsDemoEmployee(portal);
  const appId = await portal.evaluate(async () => {
    const body = (await (await fetch("/api/apps")).json()) as { apps: { id: string }[] };
    return body.apps[0]?.id ?? "";
  });
  const deliver = (link: string) =>
    desktopApp().evaluate(({ app }, url) => {
      app.emit("open-url", { preventDefault: () => undefined }, url);
    }, link);

  await deliver("gatehouse://app/../../etc/passwd");
  await deliver(`gatehouse://app/${appId}`);
  await expect
    .poll(opened)
    .toEqual([expect.stringMatching(/\/launch\/[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{27}$/)]);

  await deliver("gatehouse://app/not-assigned-app");
  await expect(portal.getByRole("alert")).toHaveText(/not assigned to you/);
  expect(await opened()).toHaveLength(1);
});
