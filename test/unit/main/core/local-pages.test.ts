import { describe, expect, it } from "vitest";
import { cannotReachPage, escapeHtml, firstRunPage } from "../../../../main/core/local-pages.ts";

describe("local pages", () => {
  it("escape what the user typed, so a crafted address cannot inject markup", () => {
    const html = firstRunPage({ value: '"><script>alert(1)</script>', error: "<b>bad</b>" });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("<b>bad</b>");
    expect(html).toContain("&lt;script&gt;");
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });

  it("carry a CSP that allows no scripts", () => {
    const html = firstRunPage();
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
  });

  it("say which portal cannot be reached, why, when the next try is, and offer Retry", () => {
    const html = cannotReachPage({
      portalOrigin: "https://portal.example.com",
      problem: "This computer is not connected to a network.",
      retryInSeconds: 30,
    });
    expect(html).toContain("<h1>Can't reach portal.example.com</h1>");
    expect(html).toContain("This computer is not connected to a network.");
    expect(html).toContain("in about 30 seconds");
    expect(html).toMatch(
      /<form method="get" action="app:\/\/local\/retry"[^>]*>\s*<button type="submit"[^>]*>Retry now<\/button>/,
    );
    expect(html).not.toMatch(/<script/i);
    expect(
      cannotReachPage({
        portalOrigin: "https://p.example",
        problem: "<img src=x>",
        retryInSeconds: 120,
      }),
    ).toContain("&lt;img src=x&gt;");
  });
});
