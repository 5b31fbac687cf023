// The server's own HTML pages (launch failures, per-app MFA, error pages) speak the browser's
// language, right to left in Arabic, with every value still escaped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setPolicy, startTestServer, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const page = (url: string, acceptLanguage?: string) =>
  server.request({
    method: "GET",
    url,
    headers: acceptLanguage === undefined ? {} : { "accept-language": acceptLanguage },
  });

describe("the server's pages", () => {
  it("say a dead launch link in the browser's language", async () => {
    const german = await page("/launch/no-such-ticket", "de-DE,de;q=0.9,en;q=0.8");
    expect(german.statusCode).toBe(410);
    expect(german.body).toContain('<html lang="de" dir="ltr">');
    expect(german.body).toContain("Dieser Link funktioniert nicht mehr");
    expect(german.body).toContain("Zurück zum Portal");

    const arabic = await page("/launch/no-such-ticket", "ar-EG");
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain("لم يعد هذا الرابط يعمل");
    expect(arabic.body).not.toContain("Return to portal");
  });

  it("weigh the browser's languages by q-value, and fall back to the organization's", async () => {
    expect((await page("/launch/x", "fr;q=1, ar;q=0.2, de;q=0.9")).body).toContain('lang="de"');
    expect((await page("/launch/x", "fr, ja")).body).toContain('lang="en"');
    await setPolicy(server, "language", { defaultLocale: "ar" });
    expect((await page("/launch/x", "fr, ja")).body).toContain('lang="ar"');
    expect((await page("/launch/x")).body).toContain('lang="ar"');
    await setPolicy(server, "language", { defaultLocale: "en" });
  });

  it("answer a broken address with an error page in the browser's language", async () => {
    const broken = await page("/launch/%E0%A4%A", "de");
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('lang="de"');
    expect(broken.body).toContain("Diese Adresse funktioniert nicht");
    expect((await page("/launch/%E0%A4%A", "garbage;;;q=x, *")).body).toContain('lang="en"');
  });

  it("never let a header's value into the page", async () => {
    const hostile = await page("/launch/x", '"><script>alert(1)</script>');
    expect(hostile.body).not.toContain("<script>alert(1)");
    expect(hostile.body).toContain('lang="en"');
  });
});
