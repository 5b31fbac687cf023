import { describe, expect, it } from "vitest";
import { pageMessages } from "../../../../main/core/desktop-messages.ts";
import { createDesktopText } from "../../../../main/core/desktop-text.ts";
import {
  cannotReachPage,
  cannotStartPage,
  escapeHtml,
  firstRunPage,
} from "../../../../main/core/local-pages.ts";

const english = createDesktopText("en");

describe("local pages", () => {
  it("escape what the user typed, so a crafted address cannot inject markup", () => {
    const html = firstRunPage(english, {
      value: '"><script>alert(1)</script>',
      error: pageMessages.addressNotHttps,
    });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("The address must start with https://.");
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
    expect(cannotStartPage(english, "<b>bad</b>")).toContain("&lt;b&gt;bad&lt;/b&gt;");
  });

  it("carry a CSP that allows no scripts", () => {
    const html = firstRunPage(english);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<a href="app://local/demo">Try Gatehouse with demo data</a>');
  });

  it("say which portal cannot be reached, why, when the next try is, and offer Retry", () => {
    const html = cannotReachPage(english, {
      portalOrigin: "https://portal.example.com",
      problem: pageMessages.netOffline,
      retryInSeconds: 30,
    });
    expect(html).toContain("<h1>Can&#39;t reach portal.example.com</h1>");
    expect(html).toContain("This computer is not connected to a network.");
    expect(html).toContain("in about 30 seconds");
    expect(html).toMatch(
      /<form method="get" action="app:\/\/local\/retry"[^>]*>\s*<button type="submit"[^>]*>Retry now<\/button>/,
    );
    expect(html).not.toMatch(/<script/i);
    expect(
      cannotReachPage(english, {
        portalOrigin: "https://<img src=x>.example",
        problem: pageMessages.netOther,
        retryInSeconds: 120,
      }),
    ).not.toContain("<img");
    expect(
      cannotReachPage(english, {
        portalOrigin: "https://p.example",
        problem: pageMessages.netOther,
        retryInSeconds: 120,
      }),
    ).toContain("in about 2 minutes");
  });

  it("speak the app's language, right to left in Arabic", () => {
    const german = firstRunPage(createDesktopText("de"));
    expect(german).toContain('<html lang="de" dir="ltr">');
    expect(german).toContain("Mit Ihrer Organisation verbinden");
    const arabic = cannotReachPage(createDesktopText("ar"), {
      portalOrigin: "https://portal.example.com",
      problem: pageMessages.netNoAnswer,
      retryInSeconds: 30,
    });
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain("portal.example.com");
    expect(arabic).not.toContain("Retry now");
  });
});
