// The small HTML pages the system browser sees during a launch: per-app MFA step-up, the SAML
// auto-post, and clear failures with "Return to portal" (never a stack trace). They wear the
// portal's own logo, type and components: the stylesheet the build makes from the portal's
// (renderer/app/page-styles.css). Each page carries its own strict CSP (styles from the portal
// origin only, a fresh nonce for the auto-post's one script) and names the only origins its
// form may submit to.
import type { Message } from "../../locales/define-messages.ts";
import { textDirection } from "../../locales/locales.ts";
import type { Random } from "../lib/clock.ts";
import type { ServerText } from "../lib/server-text.ts";
import { escapeXml as escapeHtml } from "../saml/xml-escape.ts";
import { pageMessages as m, type LaunchFailure } from "./launch-messages.ts";

export type LaunchPage = { status: number; html: string; csp: string };

export function newNonce(random: Random): string {
  return random.bytes(16).toString("base64");
}

/** `connect`: the page's one script may call its own origin (the step-up's long poll). */
export function csp(
  nonce: string,
  formTargets: string[],
  script: boolean,
  connect = false,
): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    script ? `script-src 'nonce-${nonce}'` : "script-src 'none'",
    ...(connect ? ["connect-src 'self'"] : []),
    "img-src 'self' data:",
    `form-action ${["'self'", ...formTargets].join(" ")}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function layout(text: ServerText, title: string, content: string, script = ""): string {
  return `<!doctype html>
<html lang="${text.locale}" dir="${textDirection(text.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(text(m.pageTitle, { title }))}</title>
<link rel="stylesheet" href="/page-styles.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><div class="login-layout"><main class="login-card" aria-labelledby="page-title">
<span class="logo"><img src="/favicon.svg" width="28" height="28" alt=""><span class="logo-text">${escapeHtml(text(m.brand))}</span></span>
${content}</main></div>${script}</body></html>`;
}

// Where the message's <strong> opens and closes while it is escaped: private-use characters,
// which escaping keeps (control characters it drops) and which are taken out of every value
// first, so no app name can open or close a tag.
const strongOpen = "\uE000";
const strongClose = "\uE001";
const markers = /[\uE000\uE001]/gu;

/** A message as HTML: every word escaped (app names included), `<strong>` kept as markup. */
export function messageHtml(
  text: ServerText,
  message: Message,
  values: Record<string, string> = {},
): string {
  const plainValues = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, value.replace(markers, "")]),
  );
  const words = text(message, {
    ...plainValues,
    strong: (chunks) => `${strongOpen}${chunks.join("")}${strongClose}`,
  });
  return escapeHtml(words).replaceAll(strongOpen, "<strong>").replaceAll(strongClose, "</strong>");
}

export function heading(title: string): string {
  return `<h1 class="login-title" id="page-title">${escapeHtml(title)}</h1>`;
}

/** A failure: what happened in plain words, and the way back to the portal. */
export function failurePage(
  random: Random,
  text: ServerText,
  options: {
    status: number;
    failure: LaunchFailure;
    values?: Record<string, string>;
    portalUrl: string;
    retryUrl?: string;
  },
): LaunchPage {
  const nonce = newNonce(random);
  const title = text(options.failure.title, options.values);
  const retry =
    options.retryUrl === undefined
      ? ""
      : `<a class="button button-primary button-block" href="${escapeHtml(options.retryUrl)}">${escapeHtml(text(m.tryAgain))}</a>`;
  const content = `${heading(title)}
<p class="login-subtitle" role="alert">${messageHtml(text, options.failure.message, options.values)}</p>
<div class="login-form">${retry}<a class="button ${retry === "" ? "button-primary" : "button-secondary"} button-block" href="${escapeHtml(options.portalUrl)}">${escapeHtml(text(m.returnToPortal))}</a></div>`;
  return {
    status: options.status,
    html: layout(text, title, content),
    csp: csp(nonce, [], false),
  };
}

/** Per-app MFA: a TOTP or recovery code before the app opens. */
export function stepUpPage(
  random: Random,
  text: ServerText,
  options: {
    appName: string;
    action: string;
    continueTo: string[];
    error?: Message;
    portalUrl: string;
  },
): LaunchPage {
  const nonce = newNonce(random);
  const invalid = options.error !== undefined;
  const error =
    options.error === undefined
      ? ""
      : `<p class="field-error" role="alert" id="code-error">${escapeHtml(text(options.error))}</p>`;
  const title = text(m.stepUpTitle);
  const content = `${heading(title)}
<p class="login-subtitle">${messageHtml(text, m.stepUpText, { app: options.appName })}</p>
<form class="login-form" method="post" action="${escapeHtml(options.action)}">
<div class="field"><label class="field-label" for="code">${escapeHtml(text(m.codeLabel))}</label>
<div class="field-control${invalid ? " field-control-invalid" : ""}"><input class="field-input code-input" id="code" name="code" autocomplete="one-time-code" inputmode="text" dir="ltr" maxlength="32" placeholder="123456" required autofocus${invalid ? ' aria-invalid="true" aria-describedby="code-error"' : ""}></div>
${error}</div>
<button class="button button-primary button-block" type="submit">${escapeHtml(text(m.verifyAndContinue))}</button>
<a class="button button-secondary button-block" href="${escapeHtml(options.portalUrl)}">${escapeHtml(text(m.cancelToPortal))}</a>
</form>`;
  return {
    status: invalid ? 401 : 200,
    html: layout(text, title, content),
    csp: csp(nonce, options.continueTo, false),
  };
}

/** The app requires MFA and the user has no factor yet: say what to do, no dead end. */
export function mfaSetupNeededPage(
  random: Random,
  text: ServerText,
  options: { appName: string; portalUrl: string; securityUrl: string },
): LaunchPage {
  const nonce = newNonce(random);
  const title = text(m.setUpFirstTitle);
  const content = `${heading(title)}
<p class="login-subtitle">${messageHtml(text, m.setUpFirstText, { app: options.appName })}</p>
<div class="login-form"><a class="button button-primary button-block" href="${escapeHtml(options.securityUrl)}">${escapeHtml(text(m.goToSecurity))}</a>
<a class="button button-secondary button-block" href="${escapeHtml(options.portalUrl)}">${escapeHtml(text(m.returnToPortal))}</a></div>`;
  return {
    status: 403,
    html: layout(text, title, content),
    csp: csp(nonce, [], false),
  };
}

/**
 * SAML HTTP-POST binding (SAML Bindings §3.5.4): a form to the registered ACS that submits
 * itself; without script (or with it blocked) the user presses Continue.
 */
export function samlPostPage(
  random: Random,
  text: ServerText,
  options: { appName: string; acsUrl: string; samlResponse: string; relayState?: string },
): LaunchPage {
  const nonce = newNonce(random);
  const relay =
    options.relayState === undefined
      ? ""
      : `<input type="hidden" name="RelayState" value="${escapeHtml(options.relayState)}">`;
  const title = text(m.openingTitle, { app: options.appName });
  const content = `${heading(title)}
<p class="login-subtitle">${escapeHtml(text(m.openingText))}</p>
<form class="login-form" method="post" action="${escapeHtml(options.acsUrl)}" id="saml-post">
<input type="hidden" name="SAMLResponse" value="${escapeHtml(options.samlResponse)}">${relay}
<button class="button button-primary button-block" type="submit">${escapeHtml(text(m.continue))}</button>
</form>`;
  const script = `<script nonce="${nonce}">document.getElementById("saml-post").submit();</script>`;
  return {
    status: 200,
    html: layout(text, title, content, script),
    csp: csp(nonce, [new URL(options.acsUrl).origin], true),
  };
}

/** The OP found no portal session and no launch hand-off: sign in, then come back here. */
export function signInFirstPage(
  random: Random,
  text: ServerText,
  options: { appName: string; loginUrl: string; continueUrl: string },
): LaunchPage {
  const nonce = newNonce(random);
  const title = text(m.signInFirstTitle);
  const content = `${heading(title)}
<p class="login-subtitle">${messageHtml(text, m.signInFirstText, { app: options.appName })}</p>
<div class="login-form"><a class="button button-primary button-block" href="${escapeHtml(options.loginUrl)}">${escapeHtml(text(m.signInToGatehouse))}</a>
<a class="button button-secondary button-block" href="${escapeHtml(options.continueUrl)}">${escapeHtml(text(m.signedInContinue))}</a></div>`;
  return {
    status: 401,
    html: layout(text, title, content),
    csp: csp(nonce, [], false),
  };
}
