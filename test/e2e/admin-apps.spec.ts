// The console's applications in Chromium against the real server (issue 16): a SAML app made
// from a real service provider's metadata file (@node-saml/node-saml writes it and checks the
// response), assigned to a group, launched by the group's member who lands signed in; and an
// OIDC app whose secret is shown once, then rotated. Each screen is scanned by axe in light and
// dark at 1280 and 390 px, and in German, Arabic and the pseudo-locale.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { SAML } from "@node-saml/node-saml";
import type { Page } from "@playwright/test";
import { spMetadataXml } from "../fixtures/saml-sp.ts";
import { createAccount, expect, test } from "./account-fixtures.ts";
import { signInToConsole } from "./console-fixtures.ts";
import { demo, saveScreenshot, signInWithPassword } from "./fixtures.ts";

/** A SAML SP on its own origin: its ACS checks the response with node-saml and says who it is. */
async function startServiceProvider(portalUrl: string): Promise<{ url: string; server: Server }> {
  const idpMetadata = await (await fetch(`${portalUrl}/saml/metadata`)).text();
  const certificate = /<ds:X509Certificate>([^<]+)</.exec(idpMetadata)?.[1] ?? "";
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const url = `http://localhost:${(server.address() as AddressInfo).port}`;
      const sp = new SAML({
        idpCert: `-----BEGIN CERTIFICATE-----\n${certificate}\n-----END CERTIFICATE-----`,
        issuer: `${url}/sp`,
        audience: `${url}/sp`,
        callbackUrl: `${url}/acs`,
        idpIssuer: `${portalUrl}/saml/metadata`,
        wantAssertionsSigned: true,
        wantAuthnResponseSigned: true,
      });
      const samlResponse = new URLSearchParams(body).get("SAMLResponse") ?? "";
      sp.validatePostResponseAsync({ SAMLResponse: samlResponse }).then(
        ({ profile }) => {
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          response.end(`<!doctype html><title>SP</title><h1>Signed in as ${profile?.nameID}</h1>`);
        },
        (error: unknown) => {
          response.writeHead(400, { "content-type": "text/plain" });
          response.end(`refused: ${String(error)}`);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, server };
}

async function openNewApp(page: Page): Promise<void> {
  await page
    .getByRole("navigation", { name: "Admin console" })
    .getByRole("link", { name: "Applications" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await page.getByRole("link", { name: "New application" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New application" })).toBeVisible();
}

test("create a SAML app from metadata, assign a group, and its member launches it signed in", async ({
  page,
  browser,
  accountPortal,
}, testInfo) => {
  const member = await createAccount(accountPortal, "samlmember");
  const sp = await startServiceProvider(accountPortal.url);
  const stamp = Date.now();
  try {
    await signInToConsole(page);
    await openNewApp(page);

    // Metadata with a DTD is refused on the field, and nothing is filled in.
    await page
      .getByLabel("Service provider metadata (XML)")
      .fill('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    await page.getByRole("button", { name: "Read metadata" }).click();
    await expect(page.getByText("Metadata with a DOCTYPE or entities is refused.")).toBeVisible();
    await expect(page.getByLabel("Entity ID")).toHaveValue("");

    // The provider's own metadata file fills the fields.
    const file = testInfo.outputPath("sp-metadata.xml");
    writeFileSync(file, spMetadataXml({ entityId: `${sp.url}/sp`, acsUrl: `${sp.url}/acs` }));
    await page.getByLabel("Metadata file").setInputFiles(file);
    await expect(page.getByLabel("Entity ID")).toHaveValue(`${sp.url}/sp`);
    await expect(page.getByLabel("ACS URL (where the response is posted)")).toHaveValue(
      `${sp.url}/acs`,
    );
    await expect(page.getByText(/CN=Test SP signing, valid until/)).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(`Wiki ${stamp}`);
    await saveScreenshot(page, testInfo, "console-new-app-saml");
    await page.getByRole("button", { name: "Create application" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Wiki ${stamp}` })).toBeVisible();
    const appUrl = page.url();

    // A group with the member, made through the console's own API.
    const headers = { origin: accountPortal.url };
    const groups = await page.request.post("/api/admin/groups", {
      data: { name: `Writers ${stamp}` },
      headers,
    });
    const group = ((await groups.json()) as { groups: { id: string; name: string }[] }).groups.find(
      (each) => each.name === `Writers ${stamp}`,
    );
    const people = await page.request.get(`/api/admin/users?q=${encodeURIComponent(member.email)}`);
    const memberId = ((await people.json()) as { users: { id: string }[] }).users[0]?.id ?? "";
    await page.request.post(`/api/admin/groups/${group?.id ?? ""}/members`, {
      data: { userId: memberId, member: true },
      headers,
    });

    await page.reload(); // the group list was read when the page opened

    const access = page.getByRole("region", { name: "Who can open it" });
    await expect(access.getByText("Nobody yet.")).toBeVisible();
    await access.getByLabel("Assign a group").selectOption({ label: `Writers ${stamp}` });
    await access.getByRole("button", { name: "Assign group" }).click();
    await expect(
      access.getByRole("listitem").filter({ hasText: `Writers ${stamp}` }),
    ).toBeVisible();
    // The admin is not in the group: "Try launch" says so instead of opening a dead end.
    const tryIt = page.getByRole("region", { name: "Try it" });
    await expect(tryIt.getByText("It is not assigned to you")).toBeVisible();
    await expect(tryIt.getByRole("button", { name: "Try launch" })).toBeDisabled();
    await saveScreenshot(page, testInfo, "console-app-saml");

    // The member opens it from their portal and lands signed in at the SP.
    const context = await browser.newContext({ baseURL: accountPortal.url });
    const memberPage = await context.newPage();
    await signInWithPassword(memberPage, member.email, member.password);
    const tile = memberPage
      .getByRole("list", { name: "Your applications" })
      .locator("[data-app-tile]", { hasText: `Wiki ${stamp}` });
    const [tab] = await Promise.all([context.waitForEvent("page"), tile.click()]);
    await expect(tab.getByRole("heading", { name: `Signed in as ${member.email}` })).toBeVisible();
    await context.close();

    // Assigned to the admin too, "Try launch" takes the launcher's path and signs them in.
    await page.goto(appUrl);
    await access.getByLabel("Assign a person").fill(demo.admin.email);
    const found = page.getByRole("list", { name: "People found" });
    await found.getByRole("button").first().click();
    await expect(tryIt.getByRole("button", { name: "Try launch" })).toBeEnabled();
    const [adminTab] = await Promise.all([
      page.context().waitForEvent("page"),
      tryIt.getByRole("button", { name: "Try launch" }).click(),
    ]);
    await expect(adminTab.getByRole("heading", { name: /^Signed in as / })).toBeVisible();
    await adminTab.close();
  } finally {
    sp.server.close();
  }
});

test("create an OIDC app: a wrong URI is refused on its field, the secret is shown once, then rotated", async ({
  page,
}, testInfo) => {
  await signInToConsole(page);
  await openNewApp(page);
  await page.getByRole("radio", { name: /OpenID Connect/ }).check();
  const stamp = Date.now();
  await page.getByLabel("Name", { exact: true }).fill(`Tracker ${stamp}`);
  await page.getByLabel("Redirect URIs, one a line").fill("http://tracker.example.com/cb");
  await page.getByLabel("Login initiation URI").fill("https://tracker.example.com/login");
  await page.getByRole("button", { name: "Create application" }).click();
  await expect(page.getByLabel("Redirect URIs, one a line")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByText("Use an https:// address")).toBeVisible();
  await saveScreenshot(page, testInfo, "console-new-app-oidc-refused");
  const list = await page.request.get("/api/admin/apps");
  const names = ((await list.json()) as { apps: { displayName: string }[] }).apps.map(
    (app) => app.displayName,
  );
  expect(names).not.toContain(`Tracker ${stamp}`); // nothing half-saved

  await page.getByLabel("Redirect URIs, one a line").fill("https://tracker.example.com/cb");
  await page.getByRole("button", { name: "Create application" }).click();
  const dialog = page.getByRole("dialog", { name: "Copy the client secret now" });
  const secret = ((await dialog.locator("code").textContent()) ?? "").trim();
  expect(secret).toMatch(/^[\w-]{43}$/);
  await expect(dialog.getByRole("button", { name: "Copy secret" })).toBeVisible();
  await saveScreenshot(page, testInfo, "console-app-secret-once");
  await dialog.getByRole("button", { name: "Open its page" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Tracker ${stamp}` })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0); // shown once, never again
  const card = page.getByRole("region", { name: "Client secret" });
  await card.getByRole("button", { name: "Rotate secret" }).click();
  const confirm = page.getByRole("dialog", { name: "Rotate the client secret?" });
  await confirm.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = ((await card.locator("code").textContent()) ?? "").trim();
  expect(rotated).toMatch(/^[\w-]{43}$/);
  expect(rotated).not.toBe(secret);

  // An icon: a real PNG is taken and shown; an SVG (which could carry script) is refused.
  const iconCard = page.getByRole("region", { name: "Icon" });
  const onePixel =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  await iconCard.getByLabel("Upload an icon").setInputFiles({
    name: "tracker.png",
    mimeType: "image/png",
    buffer: Buffer.from(onePixel, "base64"),
  });
  const icon = iconCard.getByRole("img", { name: "Current icon" });
  await expect(icon).toBeVisible();
  await expect.poll(() => icon.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  await iconCard.getByLabel("Upload an icon").setInputFiles({
    name: "evil.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(iconCard.getByText("Use a PNG, JPEG or WebP image.")).toBeVisible();
  await saveScreenshot(page, testInfo, "console-app-oidc");

  await page.getByRole("link", { name: "← All applications" }).click();
  const apps = page.getByRole("list", { name: "Applications" });
  await expect(apps.getByRole("listitem").filter({ hasText: `Tracker ${stamp}` })).toContainText(
    "OpenID Connect",
  );
  await saveScreenshot(page, testInfo, "console-apps");
});
