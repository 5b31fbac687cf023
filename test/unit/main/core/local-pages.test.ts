import { describe, expect, it } from "vitest";
import { escapeHtml, firstRunPage } from "../../../../main/core/local-pages.ts";

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
});
