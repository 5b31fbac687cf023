// The desktop app's own small pages, served on app://local/ (never file://): the first-run
// "enter your portal address" form, the "Can't reach <portal>" page and the "cannot start"
// notice, in the app's language (desktop-text.ts), right to left where it reads so. No scripts
// at all; their CSP allows only the inline stylesheet and forms that submit back to app://.
import type { Message } from "../../locales/define-messages.ts";
import { textDirection } from "../../locales/locales.ts";
import { pageMessages as m } from "./desktop-messages.ts";
import type { DesktopText } from "./desktop-text.ts";

export const localPagesCsp =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action app:; base-uri 'none'";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

const styles = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f6f7f9; color: #161b26; }
  main { width: min(420px, calc(100vw - 32px)); background: #fff; border: 1px solid #e2e5ec; border-radius: 14px;
         padding: 32px; box-shadow: 0 12px 32px rgb(16 24 40 / 12%); display: grid; gap: 16px; }
  h1 { font-size: 22px; margin: 0; } p { margin: 0; color: #5b6474; line-height: 1.5; }
  label { font-weight: 600; font-size: 14px; display: grid; gap: 6px; color: #161b26; }
  input { font: inherit; min-height: 42px; padding: 0 12px; border: 1px solid #c9ced8; border-radius: 6px; }
  input:focus-visible, button:focus-visible { outline: 2px solid #3b4fd8; outline-offset: 2px; }
  a { color: #3b4fd8; font-weight: 600; }
  button { font: inherit; font-weight: 600; min-height: 42px; border: 0; border-radius: 6px; color: #fff;
           background: #3b4fd8; cursor: pointer; }
  .retry { display: grid; gap: 8px; }
  .error { color: #b42318; background: #fef3f2; border: 1px solid #fecdca; border-radius: 6px; padding: 12px; }
`;

function page(text: DesktopText, title: string, body: string): string {
  const language = `lang="${text.locale}" dir="${textDirection(text.locale)}"`;
  return `<!doctype html><html ${language}><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${localPagesCsp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${styles}</style></head><body><main>${body}</main></body></html>`;
}

/** A message as HTML: the words escaped, `<a>…</a>` (if the message has one) a link to `href`. */
function messageHtml(text: DesktopText, message: Message, href?: string): string {
  const start = "\u0001";
  const end = "\u0002";
  const words = text(message, { a: (chunks: string[]) => `${start}${chunks.join("")}${end}` });
  return escapeHtml(words)
    .replace(start, `<a href="${escapeHtml(href ?? "")}">`)
    .replace(end, "</a>");
}

export function firstRunPage(
  text: DesktopText,
  options: { value?: string; error?: Message | undefined } = {},
): string {
  const error =
    options.error === undefined
      ? ""
      : `<p class="error" role="alert">${escapeHtml(text(options.error))}</p>`;
  const title = escapeHtml(text(m.connectTitle));
  return page(
    text,
    title,
    `<h1>${title}</h1>
<p>${escapeHtml(text(m.connectText))}</p>
${error}
<form method="get" action="app://local/connect">
  <label>${escapeHtml(text(m.portalAddress))}
    <input name="portal" type="url" inputmode="url" autocomplete="url" required autofocus dir="ltr"
      placeholder="https://portal.example.com" maxlength="2048" value="${escapeHtml(options.value ?? "")}">
  </label>
  <button type="submit">${escapeHtml(text(m.continue))}</button>
</form>
<p>${messageHtml(text, m.tryDemo, "app://local/demo")}</p>`,
  );
}

/** `reason` is the technical detail (a configuration problem, in English for IT). */
export function cannotStartPage(text: DesktopText, reason: string | Message): string {
  const title = escapeHtml(text(m.cannotStartTitle));
  const why = typeof reason === "string" ? reason : text(reason);
  return page(
    text,
    title,
    `<h1>${title}</h1><p class="error" role="alert">${escapeHtml(why)}</p>
<p>${escapeHtml(text(m.cannotStartAdvice))}</p>`,
  );
}

/** Shown when the portal cannot be loaded; main retries by itself and reloads this page. */
export function cannotReachPage(
  text: DesktopText,
  options: {
    portalOrigin: string;
    problem: Message;
    /** Seconds until the next automatic try. */
    retryInSeconds: number;
  },
): string {
  const host = hostOf(options.portalOrigin);
  const seconds = Math.max(1, Math.round(options.retryInSeconds));
  const next =
    seconds < 90
      ? { unit: "seconds", count: seconds }
      : { unit: "minutes", count: Math.round(seconds / 60) };
  const title = escapeHtml(text(m.cannotReachTitle, { host }));
  return page(
    text,
    title,
    `<h1>${title}</h1>
<p class="error" role="alert">${escapeHtml(text(options.problem))}</p>
<p>${escapeHtml(text(m.retryIn, next))}</p>
<form method="get" action="app://local/retry" class="retry">
  <button type="submit" autofocus>${escapeHtml(text(m.retryNow))}</button>
</form>`,
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
