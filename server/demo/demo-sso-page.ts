// The pages of the demo service providers (demo mode only): a plain card that says who signed in
// and how, with its own nonce-based CSP like the launch pages.
import type { FastifyReply } from "fastify";
import type { Random } from "../lib/clock.ts";
import { escapeXml as escapeHtml } from "../saml/xml-escape.ts";

const styles = `*{box-sizing:border-box}body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px;background:#f2f5f3;color:#16221c;font:15px/1.5 Inter,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{width:100%;max-width:480px;background:#fff;border:1px solid #dce5df;border-radius:14px;padding:32px;box-shadow:0 12px 32px rgb(16 40 24/10%)}
.app{display:flex;align-items:center;gap:10px;font-weight:700;margin-bottom:20px}.mark{width:32px;height:32px;border-radius:8px;background:var(--accent);color:#fff;display:grid;place-items:center}
h1{font-size:22px;margin:0 0 8px}p{margin:0 0 16px;color:#4a5a50}dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0 0 20px}dt{color:#4a5a50}dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;padding:2px 8px;border-radius:999px;background:#e6f4ec;color:#17603a;font-size:13px;font-weight:600;margin-bottom:12px}.error{background:#fef3f2;color:#b42318}
a{color:#2f3fb3;font-weight:600}`;

export function sendDemoPage(
  reply: FastifyReply,
  random: Random,
  page: {
    status?: number;
    appName: string;
    accent: string;
    title: string;
    badge?: { text: string; error?: boolean };
    lines: string[];
    facts?: [string, string][];
    portalUrl: string;
  },
): FastifyReply {
  const nonce = random.bytes(16).toString("base64");
  const facts =
    page.facts === undefined
      ? ""
      : `<dl>${page.facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>`;
  const badge =
    page.badge === undefined
      ? ""
      : `<span class="badge${page.badge.error === true ? " error" : ""}">${escapeHtml(page.badge.text)}</span>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.appName)} (demo)</title><style nonce="${nonce}">:root{--accent:${page.accent}}${styles}</style></head>
<body><main><div class="app"><span class="mark" aria-hidden="true">${escapeHtml(page.appName.slice(5, 6))}</span>${escapeHtml(page.appName)} <small>(demo app)</small></div>
${badge}<h1>${escapeHtml(page.title)}</h1>${page.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}${facts}
<a href="${escapeHtml(page.portalUrl)}">Back to Gatehouse</a></main></body></html>`;
  return reply
    .status(page.status ?? 200)
    .header(
      "content-security-policy",
      `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    )
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(html);
}
