// The small HTML pages the system browser sees during a launch: per-app MFA step-up, the SAML
// auto-post, and clear failures with "Return to portal" (never a stack trace). Each page carries
// its own strict CSP with a fresh nonce for its one style block (and the auto-post's one script),
// and names the only origins its form may submit to.
import type { Random } from "../lib/clock.ts";
import { escapeXml as escapeHtml } from "../saml/xml-escape.ts";

export type LaunchPage = { status: number; html: string; csp: string };

const styles = `
:root{--brand:#3b4fd8;--brand-strong:#2f3fb3;--text:#161b26;--muted:#5b6474;--border:#e2e5ec;--danger:#b42318;--danger-soft:#fef3f2;--danger-border:#fecdca}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px;background:#f6f7f9;color:var(--text);font:15px/1.5 Inter,system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
main{width:100%;max-width:420px;background:#fff;border:1px solid var(--border);border-radius:14px;padding:32px;box-shadow:0 12px 32px rgb(16 24 40/12%)}
.brand{display:flex;align-items:center;gap:8px;font-weight:600;margin-bottom:24px}
.mark{width:28px;height:28px;border-radius:8px;background:var(--brand);display:grid;place-items:center;color:#fff;font-size:14px}
h1{font-size:22px;line-height:1.3;margin:0 0 8px}
p{margin:0 0 16px;color:var(--muted)}
.app{font-weight:600;color:var(--text)}
label{display:block;font-weight:500;margin-bottom:6px}
input{width:100%;font:inherit;font-size:20px;letter-spacing:.2em;padding:10px 12px;border:1px solid #c9ced8;border-radius:10px}
input:focus{outline:2px solid var(--brand);outline-offset:1px}
.error{background:var(--danger-soft);border:1px solid var(--danger-border);color:var(--danger);border-radius:10px;padding:10px 12px;margin-bottom:16px}
.button{display:inline-flex;justify-content:center;align-items:center;width:100%;min-height:44px;margin-top:16px;padding:0 16px;border-radius:10px;border:1px solid transparent;background:var(--brand);color:#fff;font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.button:hover{background:var(--brand-strong)}
.button-secondary{background:#fff;color:var(--text);border-color:#c9ced8}
.button-secondary:hover{background:#f6f7f9}
:focus-visible{outline:2px solid var(--brand);outline-offset:2px}
`;

function newNonce(random: Random): string {
  return random.bytes(16).toString("base64");
}

function csp(nonce: string, formTargets: string[], script: boolean): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    script ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
    "img-src 'self' data:",
    `form-action ${["'self'", ...formTargets].join(" ")}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function layout(nonce: string, title: string, content: string, script = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Gatehouse</title>
<style nonce="${nonce}">${styles}</style></head>
<body><main><div class="brand" aria-hidden="true"><span class="mark">G</span>Gatehouse</div>
${content}</main>${script}</body></html>`;
}

/** A failure: what happened in plain words, and the way back to the portal. */
export function failurePage(
  random: Random,
  options: { status: number; title: string; message: string; portalUrl: string; retryUrl?: string },
): LaunchPage {
  const nonce = newNonce(random);
  const retry =
    options.retryUrl === undefined
      ? ""
      : `<a class="button" href="${escapeHtml(options.retryUrl)}">Try again</a>`;
  const content = `<h1>${escapeHtml(options.title)}</h1>
<p role="alert">${escapeHtml(options.message)}</p>
${retry}<a class="button ${retry === "" ? "" : "button-secondary"}" href="${escapeHtml(options.portalUrl)}">Return to portal</a>`;
  return {
    status: options.status,
    html: layout(nonce, options.title, content),
    csp: csp(nonce, [], false),
  };
}

/** Per-app MFA: a TOTP or recovery code before the app opens. */
export function stepUpPage(
  random: Random,
  options: {
    appName: string;
    action: string;
    continueTo: string[];
    error?: string;
    portalUrl: string;
  },
): LaunchPage {
  const nonce = newNonce(random);
  const error =
    options.error === undefined
      ? ""
      : `<div class="error" role="alert" id="code-error">${escapeHtml(options.error)}</div>`;
  const content = `<h1>Verify it’s you</h1>
<p><span class="app">${escapeHtml(options.appName)}</span> asks for a second factor. Enter the 6-digit code from your authenticator app, or a recovery code.</p>
<form method="post" action="${escapeHtml(options.action)}">
${error}<label for="code">Verification code</label>
<input id="code" name="code" autocomplete="one-time-code" inputmode="text" maxlength="32" required autofocus${error === "" ? "" : ' aria-invalid="true" aria-describedby="code-error"'}>
<button class="button" type="submit">Verify and continue</button>
</form>
<a class="button button-secondary" href="${escapeHtml(options.portalUrl)}">Cancel and return to portal</a>`;
  return {
    status: options.error === undefined ? 200 : 401,
    html: layout(nonce, "Verify it’s you", content),
    csp: csp(nonce, options.continueTo, false),
  };
}

/** The app requires MFA and the user has no factor yet: say what to do, no dead end. */
export function mfaSetupNeededPage(
  random: Random,
  options: { appName: string; portalUrl: string; securityUrl: string },
): LaunchPage {
  const nonce = newNonce(random);
  const content = `<h1>Set up an authenticator first</h1>
<p>Your organization requires multi-factor authentication for <span class="app">${escapeHtml(options.appName)}</span>. Set up an authenticator app in Gatehouse under Security, then open the app again from the portal.</p>
<a class="button" href="${escapeHtml(options.securityUrl)}">Go to Security</a>
<a class="button button-secondary" href="${escapeHtml(options.portalUrl)}">Return to portal</a>`;
  return {
    status: 403,
    html: layout(nonce, "Set up an authenticator first", content),
    csp: csp(nonce, [], false),
  };
}

/**
 * SAML HTTP-POST binding (SAML Bindings §3.5.4): a form to the registered ACS that submits
 * itself; without script (or with it blocked) the user presses Continue.
 */
export function samlPostPage(
  random: Random,
  options: { appName: string; acsUrl: string; samlResponse: string; relayState?: string },
): LaunchPage {
  const nonce = newNonce(random);
  const relay =
    options.relayState === undefined
      ? ""
      : `<input type="hidden" name="RelayState" value="${escapeHtml(options.relayState)}">`;
  const content = `<h1>Opening ${escapeHtml(options.appName)}…</h1>
<p>You are being signed in. If nothing happens, press Continue.</p>
<form method="post" action="${escapeHtml(options.acsUrl)}" id="saml-post">
<input type="hidden" name="SAMLResponse" value="${escapeHtml(options.samlResponse)}">${relay}
<button class="button" type="submit">Continue</button>
</form>`;
  const script = `<script nonce="${nonce}">document.getElementById("saml-post").submit();</script>`;
  return {
    status: 200,
    html: layout(nonce, `Opening ${options.appName}`, content, script),
    csp: csp(nonce, [new URL(options.acsUrl).origin], true),
  };
}

/** The OP found no portal session and no launch hand-off: sign in, then come back here. */
export function signInFirstPage(
  random: Random,
  options: { appName: string; loginUrl: string; continueUrl: string },
): LaunchPage {
  const nonce = newNonce(random);
  const content = `<h1>Sign in to continue</h1>
<p><span class="app">${escapeHtml(options.appName)}</span> uses Gatehouse to sign you in. Sign in to the portal in this browser, then continue — or open the app from your portal’s Applications page.</p>
<a class="button" href="${escapeHtml(options.loginUrl)}">Sign in to Gatehouse</a>
<a class="button button-secondary" href="${escapeHtml(options.continueUrl)}">I’ve signed in — continue</a>`;
  return {
    status: 401,
    html: layout(nonce, "Sign in to continue", content),
    csp: csp(nonce, [], false),
  };
}
