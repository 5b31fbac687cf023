// The console's Settings and users CSV import in Chromium against the real server, which sends
// its mail to a real SMTP peer (smtp-server) started here: rotate the SAML keys and see the new
// ones listed active; send a test mail and see it arrive; set a desktop download link and see the
// employee offered it; paste a CSV, read the dry run, import it and find the users listed; send
// an invitation again. Each new screen is scanned by axe in light and dark at 1280 and 390 px.
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { SMTPServer } from "smtp-server";
import { signInToConsole } from "./console-fixtures.ts";
import {
  demo,
  expect,
  saveScreenshot,
  openSecurity,
  signInWithPassword,
  startPortalServer,
  test as base,
  type PortalServer,
} from "./fixtures.ts";

type Mail = { to: string[]; data: string };
type MailPortal = PortalServer & { mails: Mail[] };

const test = base.extend<object, { mailPortal: MailPortal }>({
  mailPortal: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const mails: Mail[] = [];
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onData(stream, session, callback) {
          void text(stream).then((data) => {
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
            callback();
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
      const { port } = smtp.server.address() as AddressInfo;
      const server = await startPortalServer({
        GATEHOUSE_SMTP_URL: `smtp://127.0.0.1:${port}`,
        GATEHOUSE_MAIL_FROM: "it@example.com",
      });
      await use({ ...server, mails });
      await server.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
    { scope: "worker" },
  ],
  baseURL: async ({ mailPortal }, use) => {
    await use(mailPortal.url);
  },
});

test("rotate the SAML keys, test the mail relay and set a download link", async ({
  page,
  browser,
  mailPortal,
}, testInfo) => {
  // The keys are made on first use: the SAML metadata makes them.
  expect((await page.request.get(`${mailPortal.url}/saml/metadata`)).status()).toBe(200);
  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const keys = page.getByRole("region", { name: "SSO signing keys" });

  await page.getByRole("button", { name: "Rotate SAML signing keys" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Rotate" }).click();
  await expect(page.getByText("New keys are active.")).toBeVisible();
  const samlRows = keys.getByRole("row").filter({ hasText: "SAML signing" });
  await expect(samlRows.first()).toContainText("Active");
  await expect(samlRows.filter({ hasText: "Retired" })).toHaveCount((await samlRows.count()) - 1);

  await page.getByLabel("Send to (optional)").fill("helpdesk@example.com");
  await page.getByRole("button", { name: "Send test mail" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The relay took the test mail" }),
  ).toContainText("helpdesk@example.com");
  await expect
    .poll(() => mailPortal.mails.filter((mail) => mail.to.includes("helpdesk@example.com")).length)
    .toBe(1);
  const mail = mailPortal.mails.find((each) => each.to.includes("helpdesk@example.com"));
  expect(mail?.data).toContain("Subject: Gatehouse test mail");
  expect(mail?.data).toContain(demo.admin.email);

  await page.getByLabel("macOS installer").fill("http://insecure.example.com/Gatehouse.pkg");
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByText("Enter an address that starts with https://")).toBeVisible();
  await page.getByLabel("macOS installer").fill("https://cdn.example.com/Gatehouse.pkg");
  await page.getByRole("button", { name: "Save links" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await saveScreenshot(page, testInfo, "console-settings");

  const employee = await (await browser.newContext({ baseURL: mailPortal.url })).newPage();
  await signInWithPassword(employee, demo.employee.email, demo.employee.password);
  await openSecurity(employee, "Devices");
  await expect(employee.getByRole("link", { name: "Download for macOS" })).toHaveAttribute(
    "href",
    "https://cdn.example.com/Gatehouse.pkg",
  );
  await employee.context().close();
});

test("import users from a CSV after a dry run, then send an invitation again", async ({
  page,
  mailPortal,
}, testInfo) => {
  const stamp = Date.now();
  const ann = `ann.${stamp}@example.com`;
  const bo = `bo.${stamp}@example.com`;
  await signInToConsole(page);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import users" })).toBeVisible();

  const field = page.getByLabel("Or paste the CSV text");
  await field.fill(
    [
      "email,given_name,family_name,employee_id,department,manager_email",
      `${ann},Ann,Lee,E-${stamp},Finance,${demo.admin.email}`,
      `${bo},Bo,=SUM(A1:A9),,Finance,`,
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Dry run" }).click();
  const rows = page.getByRole("region", { name: "Dry run rows" });
  await expect(
    rows.getByRole("row").filter({ has: page.getByRole("cell", { name: bo, exact: true }) }),
  ).toContainText("family_name: starts with =");
  // One region for the rows: a screen reader's landmark list once named the card and the
  // table's scroll region inside it alike.
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
  await saveScreenshot(page, testInfo, "console-import-errors");

  await field.fill(
    [
      "email,given_name,family_name,employee_id,department,manager_email",
      `${ann},Ann,Lee,E-${stamp},Finance,${demo.admin.email}`,
      `${bo},Bo,Nguyen,,Finance,${ann}`,
    ].join("\r\n"),
  );
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(
    page.getByText("Dry run: 2 to create, 0 to update, 0 unchanged, 0 with errors."),
  ).toBeVisible();
  await expect(
    rows.getByRole("row").filter({ has: page.getByRole("cell", { name: ann, exact: true }) }),
  ).toContainText("Create");
  await saveScreenshot(page, testInfo, "console-import-plan");
  // On a phone every cell, the outcome and details included, fits the card's width (each row
  // reads as a block there); the four columns side by side cut the email and hid the rest.
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const region = await rows.boundingBox(); // it scrolls sideways, so a cell that overflows sticks out
  const cells = await rows.getByRole("cell").all();
  expect(cells).toHaveLength(8);
  for (const cell of cells) {
    const box = await cell.boundingBox();
    expect(box !== null && region !== null && box.x + box.width <= region.x + region.width).toBe(
      true,
    );
  }
  await page.setViewportSize(wide ?? { width: 1280, height: 800 });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported: 2 created, 0 updated, 0 unchanged.")).toBeVisible();
  await expect(page.getByText("2 invitation mails were sent.")).toBeVisible();
  await expect.poll(() => mailPortal.mails.filter((mail) => mail.to.includes(ann)).length).toBe(1);

  await page.getByRole("link", { name: "Back to users" }).click();
  await page.getByLabel("Search users").fill(`${stamp}`);
  await expect(page.getByRole("link", { name: "Ann Lee" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bo Nguyen" })).toBeVisible();

  await page.getByRole("link", { name: "Ann Lee" }).click();
  await page.getByRole("button", { name: "Send invitation again" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Send invitation again" }).click();
  await expect(page.getByText("A new invitation is on its way.")).toBeVisible();
  await expect.poll(() => mailPortal.mails.filter((mail) => mail.to.includes(ann)).length).toBe(2);
});
