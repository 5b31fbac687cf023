// The small HTML pages the system browser sees during a launch: per-app MFA step-up, the SAML
// auto-post, and clear failures with "Return to portal" (never a stack trace). They wear the
// portal's own logo, type and components: the stylesheet the build makes from the portal's
// (renderer/app/page-styles.css). Each page carries its own strict CSP (styles from the portal
// origin only, a fresh nonce for the auto-post's one script) and names the only origins its
// form may submit to.
import type { Random } from "../lib/clock.ts";
import { escapeXml as escapeHtml } from "../saml/xml-escape.ts";

export type LaunchPage = { status: number; html: string; csp: string };

function newNonce(random: Random): string {
  return random.bytes(16).toString("base64");
}

function csp(nonce: string, formTargets: string[], script: boolean): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    script ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
    "img-src 'self' data:",
    `form-action ${["'self'", ...formTargets].join(" ")}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function layout(title: string, content: string, script = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)} · Gatehouse</title>
<link rel="stylesheet" href="/page-styles.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><div class="login-layout"><main class="login-card" aria-labelledby="page-title">
<span class="logo"><img src="/favicon.svg" width="28" height="28" alt=""><span class="logo-text">Gatehouse</span></span>
${content}</main></div>${script}</body></html>`;
}

function heading(title: string): string {
  return `<h1 class="login-title" id="page-title">${escapeHtml(title)}</h1>`;
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
      : `<a class="button button-primary button-block" href="${escapeHtml(options.retryUrl)}">Try again</a>`;
  const content = `${heading(options.title)}
<p class="login-subtitle" role="alert">${escapeHtml(options.message)}</p>
<div class="login-form">${retry}<a class="button ${retry === "" ? "button-primary" : "button-secondary"} button-block" href="${escapeHtml(options.portalUrl)}">Return to portal</a></div>`;
  return {
    status: options.status,
    html: layout(options.title, content),
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
  const invalid = options.error !== undefined;
  const error = invalid
    ? `<p class="field-error" role="alert" id="code-error">${escapeHtml(options.error ?? "")}</p>`
    : "";
  const content = `${heading("Verify it’s you")}
<p class="login-subtitle"><strong>${escapeHtml(options.appName)}</strong> asks for a second factor. Enter the 6-digit code from your authenticator app, or a recovery code.</p>
<form class="login-form" method="post" action="${escapeHtml(options.action)}">
<div class="field"><label class="field-label" for="code">Verification code</label>
<div class="field-control${invalid ? " field-control-invalid" : ""}"><input class="field-input code-input" id="code" name="code" autocomplete="one-time-code" inputmode="text" maxlength="32" placeholder="123456" required autofocus${invalid ? ' aria-invalid="true" aria-describedby="code-error"' : ""}></div>
${error}</div>
<button class="button button-primary button-block" type="submit">Verify and continue</button>
<a class="button button-secondary button-block" href="${escapeHtml(options.portalUrl)}">Cancel and return to portal</a>
</form>`;
  return {
    status: invalid ? 401 : 200,
    html: layout("Verify it’s you", content),
    csp: csp(nonce, options.continueTo, false),
  };
}

/** The app requires MFA and the user has no factor yet: say what to do, no dead end. */
export function mfaSetupNeededPage(
  random: Random,
  options: { appName: string; portalUrl: string; securityUrl: string },
): LaunchPage {
  const nonce = newNonce(random);
  const content = `${heading("Set up an authenticator first")}
<p class="login-subtitle">Your organization requires multi-factor authentication for <strong>${escapeHtml(options.appName)}</strong>. Set up an authenticator app in Gatehouse under Security, then open the app again from the portal.</p>
<div class="login-form"><a class="button button-primary button-block" href="${escapeHtml(options.securityUrl)}">Go to Security</a>
<a class="button button-secondary button-block" href="${escapeHtml(options.portalUrl)}">Return to portal</a></div>`;
  return {
    status: 403,
    html: layout("Set up an authenticator first", content),
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
  const content = `${heading(`Opening ${options.appName}…`)}
<p class="login-subtitle">You are being signed in. If nothing happens, press Continue.</p>
<form class="login-form" method="post" action="${escapeHtml(options.acsUrl)}" id="saml-post">
<input type="hidden" name="SAMLResponse" value="${escapeHtml(options.samlResponse)}">${relay}
<button class="button button-primary button-block" type="submit">Continue</button>
</form>`;
  const script = `<script nonce="${nonce}">document.getElementById("saml-post").submit();</script>`;
  return {
    status: 200,
    html: layout(`Opening ${options.appName}`, content, script),
    csp: csp(nonce, [new URL(options.acsUrl).origin], true),
  };
}

/** The OP found no portal session and no launch hand-off: sign in, then come back here. */
export function signInFirstPage(
  random: Random,
  options: { appName: string; loginUrl: string; continueUrl: string },
): LaunchPage {
  const nonce = newNonce(random);
  const content = `${heading("Sign in to continue")}
<p class="login-subtitle"><strong>${escapeHtml(options.appName)}</strong> uses Gatehouse to sign you in. Sign in to the portal in this browser, then continue — or open the app from your portal’s Applications page.</p>
<div class="login-form"><a class="button button-primary button-block" href="${escapeHtml(options.loginUrl)}">Sign in to Gatehouse</a>
<a class="button button-secondary button-block" href="${escapeHtml(options.continueUrl)}">I’ve signed in — continue</a></div>`;
  return {
    status: 401,
    html: layout("Sign in to continue", content),
    csp: csp(nonce, [], false),
  };
}
