// Start-up without the portal (docs/design.md §1.4 "works when the network doesn't"): the window
// shows the local "Can't reach <portal>" page instead of a blank or hidden window, then recovers
// into the portal without a restart — by itself with backoff, and at once on Retry. The portal is
// the real reference server, started on the port the app was pointed at only after the app is up.
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { startPortalServer, type PortalServer } from "../e2e/fixtures.ts";
import { electron, launchDesktopApp, skipReason, type DesktopApp } from "./desktop-app.ts";

test.skip(!electron.found, skipReason);

let desktop: DesktopApp | undefined;
let portal: PortalServer | undefined;
test.afterEach(async () => {
  await desktop?.close();
  await portal?.stop();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === "object" && address !== null ? address.port : 0),
      );
    });
  });
}

for (const recovery of ["by itself", "on Retry"] as const) {
  test(`an unreachable portal shows the offline page and the portal comes back ${recovery}`, async () => {
    const port = await freePort();
    desktop = await launchDesktopApp({ args: [`--portal-url=http://localhost:${port}`] });
    const window = await desktop.app.firstWindow();
    await expect(
      window.getByRole("heading", { name: `Can't reach localhost:${port}` }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(window.getByRole("alert")).toHaveText("The portal did not answer.");
    expect(window.url()).toBe("app://local/offline");
    expect(
      await desktop.app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]?.isVisible(),
      ),
    ).toBe(true);
    await window.screenshot({ path: test.info().outputPath("offline-start.png") });

    portal = await startPortalServer({ GATEHOUSE_PORT: String(port) });
    if (recovery === "on Retry") {
      await window.getByRole("button", { name: "Retry now" }).click();
    }
    // Backoff: the next automatic try is due within seconds; no restart, no sleep.
    await expect(window.getByLabel("Company email")).toBeVisible({ timeout: 30_000 });
    expect(window.url()).toBe(`http://localhost:${port}/login`);
  });
}
