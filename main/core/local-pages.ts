// The desktop app's own small pages, served on app://local/ (never file://): the first-run
// "enter your portal address" form, the "Can't reach <portal>" page and the "cannot start"
// notice. No scripts at all; their CSP allows only the inline stylesheet and forms that submit
// back to app://.

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

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${localPagesCsp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${styles}</style></head><body><main>${body}</main></body></html>`;
}

export function firstRunPage(options: { value?: string; error?: string } = {}): string {
  const error =
    options.error === undefined
      ? ""
      : `<p class="error" role="alert">${escapeHtml(options.error)}</p>`;
  return page(
    "Connect to your organization · Gatehouse",
    `<h1>Connect to your organization</h1>
<p>Enter the address of your organization's Gatehouse portal. Your IT department can tell you what it is.</p>
${error}
<form method="get" action="app://local/connect">
  <label>Portal address
    <input name="portal" type="url" inputmode="url" autocomplete="url" required autofocus
      placeholder="https://portal.example.com" maxlength="2048" value="${escapeHtml(options.value ?? "")}">
  </label>
  <button type="submit">Continue</button>
</form>
<p>Just looking around? <a href="app://local/demo">Try Gatehouse with demo data</a> on this computer.</p>`,
  );
}

export function cannotStartPage(reason: string): string {
  return page(
    "Gatehouse cannot start",
    `<h1>Gatehouse cannot start</h1><p class="error" role="alert">${escapeHtml(reason)}</p>
<p>Quit and reopen the app. If this keeps happening, contact your IT administrator.</p>`,
  );
}

/** Shown when the portal cannot be loaded; main retries by itself and reloads this page. */
export function cannotReachPage(options: {
  portalOrigin: string;
  problem: string;
  /** Seconds until the next automatic try. */
  retryInSeconds: number;
}): string {
  const host = hostOf(options.portalOrigin);
  const seconds = Math.max(1, Math.round(options.retryInSeconds));
  const next = seconds < 90 ? `${seconds} seconds` : `${Math.round(seconds / 60)} minutes`;
  return page(
    `Can't reach ${host} · Gatehouse`,
    `<h1>Can't reach ${escapeHtml(host)}</h1>
<p class="error" role="alert">${escapeHtml(options.problem)}</p>
<p>Gatehouse tries again by itself in about ${next}, and as soon as this computer is back online.</p>
<form method="get" action="app://local/retry" class="retry">
  <button type="submit" autofocus>Retry now</button>
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
