// The last resort of test/fixtures/find-chromium.ts, checked even where another browser wins:
// the Chromium @sparticuz/chromium ships unpacks, launches, and its CDP virtual authenticator
// registers a passkey, which the device-login specs rely on.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, expect, test } from "@playwright/test";
import { findChromium } from "../fixtures/find-chromium.ts";
import { addAuthenticator } from "./device-fixtures.ts";

test("the npm Chromium registers a passkey on the CDP virtual WebAuthn authenticator", async () => {
  test.skip(
    process.platform !== "linux" || process.arch !== "x64",
    "@sparticuz/chromium ships a Linux x64 build only",
  );
  test.setTimeout(180_000); // the first run unpacks about 200 MB
  const found = await findChromium({
    environment: { PATH: "" },
    platform: process.platform,
    arch: process.arch,
    playwrightExecutable: "",
  });
  expect(found).toMatchObject({ found: true, source: expect.stringMatching(/^@sparticuz/) });
  if (!found.found) {
    return;
  }
  // WebAuthn needs a secure context: http://localhost is one.
  const site = createServer((_request, response) => response.end("<p>Gatehouse</p>"));
  await new Promise<void>((resolve) => site.listen(0, "localhost", resolve));
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: ["--no-sandbox"],
    env: { ...process.env, ...found.env },
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    const { cdp, id: authenticatorId } = await addAuthenticator(page);
    const credential = await page.evaluate(async () => {
      const created = await navigator.credentials.create({
        publicKey: {
          challenge: crypto.getRandomValues(new Uint8Array(32)),
          rp: { id: "localhost", name: "Gatehouse" },
          user: { id: new Uint8Array([1]), name: "alex", displayName: "Alex" },
          pubKeyCredParams: [{ type: "public-key", alg: -7 }],
          authenticatorSelection: { residentKey: "required", userVerification: "required" },
        },
      });
      return created === null ? null : { type: created.type, id: created.id };
    });
    expect(credential?.type).toBe("public-key");
    // The passkey lives on the virtual authenticator, under the id the page was given.
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(
      credentials.map((stored) => Buffer.from(stored.credentialId, "base64").toString("base64url")),
    ).toEqual([credential?.id]);
  } finally {
    await browser.close();
    site.close();
  }
});
