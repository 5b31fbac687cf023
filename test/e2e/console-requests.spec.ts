// The console's Requests screen (issue 20): an admin makes an app requestable through the form
// (with its checks), edits and removes the flow, and a request whose requester has no manager on
// the profile shows as its own state — "needs an approver" — to the admin and to the requester.
import { expect, test, createAccount } from "./account-fixtures.ts";
import { signInToConsole } from "./console-fixtures.ts";
import { saveScreenshot, signInWithPassword } from "./fixtures.ts";

test("an admin makes an app requestable, sees a request nobody can approve, and removes the flow", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  await accountPortal.admin([
    "app",
    "create-bookmark",
    "--name",
    "Travel Desk",
    "--url",
    "https://travel.example.com/",
  ]);
  await accountPortal.admin(["group", "create", "Travellers"]);
  const requester = await createAccount(accountPortal, "traveller"); // no manager on the profile

  await signInToConsole(page);
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Requests" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Access requests" })).toBeVisible();
  // Other journeys may share this server: only this test's app is looked at.
  const travelDesk = page.getByText("Travel Desk", { exact: true });
  await expect(page.getByRole("region", { name: "Requestable apps" })).toBeVisible();
  await expect(travelDesk).toHaveCount(0);

  await page.getByRole("button", { name: "Make an app requestable" }).click();
  const form = page.getByRole("form", { name: "Make an app requestable" });
  await form.getByLabel("App", { exact: true }).selectOption({ label: "Travel Desk" });
  await form.getByRole("button", { name: "Save flow" }).click();
  await expect(form.getByRole("alert")).toHaveText("Choose a group");
  await form.getByLabel("Approved people join the group").selectOption({ label: "Travellers" });
  await form.getByRole("button", { name: "Add a step" }).click();
  await form.getByLabel("Step 2 is decided by").selectOption({ label: "Admins" });
  await form.getByLabel("A choice of durations").check();
  await form.getByLabel("Days to choose from, separated by commas").fill("7, a month");
  await form.getByRole("button", { name: "Save flow" }).click();
  await expect(form.getByRole("alert")).toHaveText("Write whole numbers of days from 1 to 365.");
  await saveScreenshot(page, testInfo, "console-request-flow-form");
  await form.getByLabel("Days to choose from, separated by commas").fill("7, 30");
  await form.getByRole("button", { name: "Save flow" }).click();
  await expect(form).toBeHidden();
  const flows = page.getByRole("list", { name: "Requestable apps" });
  await expect(flows.getByText("Travel Desk", { exact: true })).toBeVisible();
  await expect(
    flows.getByText(
      "Grants Travellers · asked by everyone · Manager, Admins · 7, 30 days · expires after 30 days",
    ),
  ).toBeVisible();

  // An employee with no manager on the profile asks: the first step has nobody to decide it.
  const employeeContext = await browser.newContext({ baseURL: accountPortal.url });
  const employee = await employeeContext.newPage();
  await signInWithPassword(employee, requester.email, requester.password);
  await employee
    .getByRole("navigation", { name: "Portal" })
    .getByRole("link", { name: "Requests" })
    .click();
  await employee.getByRole("button", { name: "Request Travel Desk" }).click();
  const dialog = employee.getByRole("dialog", { name: "Request Travel Desk" });
  await dialog.getByLabel("Why do you need it?").fill("Booking the offsite in March.");
  await dialog.getByLabel("For how long?").selectOption({ label: "30 days" });
  await dialog.getByRole("button", { name: "Send request" }).click();
  await expect(
    employee.getByText("The profile names no manager, so nobody can approve this step yet.", {
      exact: false,
    }),
  ).toBeVisible();
  await saveScreenshot(employee, testInfo, "requests-needs-approver");
  await employeeContext.close();

  await page.reload();
  const undecided = page.getByRole("list", { name: "Undecided requests" });
  await expect(undecided.getByText("Riley Chen asks for Travel Desk")).toBeVisible();
  await expect(
    undecided.getByText("Needs an approver: the profile names no manager"),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, "console-requests");

  // Edit: the app stays; the expiry changes.
  await page.getByRole("button", { name: "Edit the flow of Travel Desk" }).click();
  const edit = page.getByRole("form", { name: "Edit the flow of Travel Desk" });
  await expect(edit.getByLabel("App", { exact: true })).toBeDisabled();
  await expect(edit.getByLabel("Days to choose from, separated by commas")).toHaveValue("7, 30");
  await edit.getByLabel("Undecided requests expire after (days)").fill("14");
  await edit.getByRole("button", { name: "Save flow" }).click();
  await expect(flows.getByText(/expires after 14 days$/)).toBeVisible();

  // Remove: the undecided request is cancelled with it.
  await page.getByRole("button", { name: "Stop requests for Travel Desk" }).click();
  const confirm = page.getByRole("dialog", { name: "Stop requests for Travel Desk?" });
  await confirm.getByRole("button", { name: "Stop requests for Travel Desk" }).click();
  await expect(confirm).toBeHidden();
  await expect(travelDesk).toHaveCount(0);
  await expect(page.getByText("Riley Chen asks for Travel Desk")).toHaveCount(0);
});
