// The console's automation screens in Chromium against the real server (issue 21): mint an API
// token (shown once, with a curl example), call /api with it from the test, revoke it and see it
// refused; subscribe a real local receiver, send a test event, see it arrive signed and show in
// the delivery log. Each new screen is scanned by axe in light and dark at 1280 and 390 px.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expect, test } from "./account-fixtures.ts";
import { signInToConsole } from "./console-fixtures.ts";
import { saveScreenshot } from "./fixtures.ts";

test("create an API token, use it once shown, revoke it and it stops working", async ({
  page,
  accountPortal,
}, testInfo) => {
  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "API tokens" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await saveScreenshot(page, testInfo, "console-tokens");

  await page.getByLabel("Name").fill("HR sync");
  await page.getByRole("checkbox", { name: /users:read/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("api-token-secret");
  await expect(shown).toBeVisible();
  const secret = (await shown.textContent()) ?? "";
  expect(secret.length).toBeGreaterThan(20);
  await expect(page.locator(".automation-curl")).toContainText(
    `curl -H "Authorization: Bearer $TOKEN"`,
  );
  await expect(page.locator(".automation-curl")).toContainText(secret);
  await saveScreenshot(page, testInfo, "console-token-shown");

  const call = () =>
    fetch(`${accountPortal.url}/api/admin/users`, {
      headers: { authorization: `Bearer ${secret}` },
    });
  expect((await call()).status).toBe(200);

  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("api-token-secret")).toHaveCount(0); // shown once
  await page.reload();
  const row = page.getByRole("listitem").filter({ hasText: "HR sync" });
  await expect(row).toContainText("users:read");
  await expect(row).toContainText("Last used"); // the call above, with its address
  expect(await page.content()).not.toContain(secret);

  await row.getByRole("button", { name: "Revoke HR sync" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke HR sync?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Revoke" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Revoked");
  expect((await call()).status).toBe(401);
});

test("add a webhook to a local receiver, send a test event, see it arrive signed and logged", async ({
  page,
}, testInfo) => {
  const received: { id: string; type: string; body: string; headers: Record<string, string> }[] =
    [];
  const receiver: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({
        id: String(request.headers["webhook-id"]),
        type: (JSON.parse(body) as { type: string }).type,
        body,
        headers: request.headers as Record<string, string>,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  try {
    await signInToConsole(page);
    await page
      .getByRole("navigation", { name: "Admin console" })
      .getByRole("link", { name: "Webhooks" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await page.getByRole("checkbox", { name: /Every event/ }).uncheck();
    await expect(page.getByRole("group", { name: "Sign-ins" })).toBeVisible();
    await saveScreenshot(page, testInfo, "console-webhooks");

    await page.getByLabel("Target URL").fill(url);
    await page.getByRole("checkbox", { name: "Signed in", exact: true }).check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    const secretShown = page.getByTestId("webhook-secret");
    await expect(secretShown).toBeVisible();
    const secret = (await secretShown.textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByRole("button", { name: `Send test event ${url}` }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "A test event is on its way" }),
    ).toBeVisible();
    // The server's background job delivers the outbox every few seconds.
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
    const [delivery] = received;
    expect(delivery?.type).toBe("audit.webhook.test");
    const verified = new Webhook(secret).verify(delivery?.body ?? "", delivery?.headers ?? {});
    expect(verified).toMatchObject({ type: "audit.webhook.test" });

    const log = page.getByRole("table", { name: /Delivery log/ });
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(log.getByRole("row").nth(1)).toContainText("HTTP 204", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(log).toContainText("Audit webhook test event sent");
    await saveScreenshot(page, testInfo, "console-webhook-log");

    await page.getByRole("button", { name: `Pause ${url}` }).click();
    await expect(page.getByRole("listitem").filter({ hasText: url })).toContainText("Paused");
    await page.getByRole("button", { name: `Delete ${url}` }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this webhook?" });
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("No webhook yet.")).toBeVisible();
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});
