// The launch hop in the desktop app: the portal asks main to open a one-time launch URL in the
// system browser, and main passes exactly that URL on, refusing anything that is not a launch
// URL of the portal origin. The system browser itself cannot run here, so shell.openExternal is
// replaced in the main process by a recorder. Skips itself without an Electron binary.
import { expect, test } from "@playwright/test";
import { signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("main opens only the portal's one-time launch URLs in the system browser", async () => {
  await desktopApp().evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedUrls?: string[] }).openedUrls = opened;
    shell.openExternal = (url: string) => {
      opened.push(url);
      return Promise.resolve();
    };
  });
  const portal = await desktopApp().firstWindow();
  await signInAsDemoEmployee(portal);

  const answers = await portal.evaluate(async () => {
    const bridge = window.gatehouse;
    const { apps } = (await (await fetch("/api/apps")).json()) as { apps: { id: string }[] };
    const launched = await fetch(`/api/apps/${apps[0]?.id ?? ""}/launch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const { url } = (await launched.json()) as { url: string };
    return {
      url,
      valid: await bridge?.openExternal(url),
      foreign: await bridge?.openExternal("https://evil.example.net/launch/abc"),
      notLaunch: await bridge?.openExternal(`${window.location.origin}/api/me`),
    };
  });

  expect(answers.valid).toEqual({ ok: true, value: null });
  expect(answers.foreign).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENTS" } });
  expect(answers.notLaunch).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENTS" } });
  const opened = await desktopApp().evaluate(
    () => (globalThis as { openedUrls?: string[] }).openedUrls,
  );
  expect(opened).toEqual([answers.url]);
});
