import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { supportedLocales } from "../../../../locales/locales.ts";
import { systemRandom } from "../../../../server/lib/clock.ts";
import { createServerText } from "../../../../server/lib/server-text.ts";
import { failures, pageMessages } from "../../../../server/sso/launch-messages.ts";
import {
  failurePage,
  samlPostPage,
  signInFirstPage,
  stepUpPage,
} from "../../../../server/sso/launch-pages.ts";

const english = createServerText("en");
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

describe("the pages of a launch", () => {
  it("escape everything they show, so an app's name cannot become markup", () => {
    const page = stepUpPage(systemRandom, english, {
      appName: `<script>alert("x")</script>`,
      action: "/launch/step-up",
      continueTo: [],
      portalUrl: "https://id.example.com/applications",
    });
    expect(page.html).not.toContain("<script>alert");
    expect(page.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("read right to left in Arabic, with the app's name still in bold and escaped", () => {
    const page = stepUpPage(systemRandom, createServerText("ar"), {
      appName: `\uE001</strong><img src=x onerror=alert(1)>\uE000`,
      action: "/launch/step-up",
      continueTo: [],
      portalUrl: "/applications",
    });
    expect(page.html).toContain('<html lang="ar" dir="rtl">');
    expect(page.html).not.toContain("<img src=x");
    expect(page.html).toContain(
      "<strong>&lt;/strong&gt;&lt;img src=x onerror=alert(1)&gt;</strong>",
    );
  });

  it("keep any app name, in every language, as the one bold text of the message", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.constantFrom(...supportedLocales),
        (name, locale) => {
          const page = stepUpPage(systemRandom, createServerText(locale), {
            appName: name,
            action: "/launch/step-up",
            continueTo: [],
            portalUrl: "/applications",
          });
          const subtitle = /<p class="login-subtitle">(.*?)<\/p>/su.exec(page.html)?.[1] ?? "";
          const bold = /^[^<>]*<strong>([^<>]*)<\/strong>[^<>]*$/u.exec(subtitle);
          expect(bold).not.toBeNull();
        },
      ),
    );
  });

  it("take their styles from the portal's own stylesheet and allow no script", () => {
    const options = { status: 410, failure: failures.ticketUsed, portalUrl: "/applications" };
    const page = failurePage(systemRandom, english, options);
    expect(page.status).toBe(410);
    expect(page.html).toContain('<link rel="stylesheet" href="/page-styles.css">');
    expect(page.html).not.toContain("<script");
    expect(page.html).not.toContain("<style");
    expect(page.csp).toContain("style-src 'self'");
    expect(page.csp).toContain("script-src 'none'");
    expect(page.csp).toContain("frame-ancestors 'none'");
  });

  it("let the step-up form continue only to the app's own origin", () => {
    const page = stepUpPage(systemRandom, english, {
      appName: "Tracker",
      action: "/launch/step-up",
      continueTo: ["https://tracker.example.com"],
      portalUrl: "/applications",
      error: pageMessages.codeWrong,
    });
    expect(page.status).toBe(401);
    expect(page.csp).toContain("form-action 'self' https://tracker.example.com;");
  });

  it("post a SAML response only to the registered ACS, with its script behind the nonce", () => {
    const page = samlPostPage(systemRandom, english, {
      appName: "Payroll",
      acsUrl: "https://payroll.example.com/saml/acs",
      samlResponse: "PFJlc3BvbnNlLz4=",
      relayState: `"/><img src=x>`,
    });
    const nonce = nonceOf(page.csp) ?? "none";
    expect(page.csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(page.html).toContain(`<script nonce="${nonce}">`);
    const again = samlPostPage(systemRandom, english, {
      appName: "Payroll",
      acsUrl: "https://payroll.example.com/saml/acs",
      samlResponse: "PFJlc3BvbnNlLz4=",
    });
    expect(nonceOf(again.csp)).not.toBe(nonce); // fresh for every page
    expect(page.csp).toContain("form-action 'self' https://payroll.example.com;");
    expect(page.html).toContain('action="https://payroll.example.com/saml/acs"');
    expect(page.html).toContain('value="&quot;/&gt;&lt;img src=x&gt;"');
  });

  it("ask a browser without a session to sign in first (401), with both ways on", () => {
    const page = signInFirstPage(systemRandom, english, {
      appName: "Tracker",
      loginUrl: "https://id.example.com/login",
      continueUrl: "/launch/interaction/abc",
    });
    expect(page.status).toBe(401);
    expect(page.html).toContain('href="https://id.example.com/login"');
    expect(page.html).toContain('href="/launch/interaction/abc"');
  });
});
