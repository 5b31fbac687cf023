// The page the system browser shows while the desktop app is asked to approve an app launch's
// per-app MFA (issue 17): the two-digit number to pick there, or what became of the request, and
// the other ways (another request, a code, back to the portal). Its one script (nonce) holds the
// long poll and, once the request is answered, posts the page's own "continue" form — which opens
// the app or shows the outcome; without JavaScript that form's button does the same.
import type { Message } from "../../locales/define-messages.ts";
import type { Random } from "../lib/clock.ts";
import type { ServerText } from "../lib/server-text.ts";
import { escapeXml as escapeHtml } from "../saml/xml-escape.ts";
import type { PushPrompt } from "../schemas/push.ts";
import { csp, heading, layout, messageHtml, newNonce, type LaunchPage } from "./launch-pages.ts";
import { pageMessages } from "./launch-messages.ts";
import { stepUpPushMessages as m } from "./step-up-push-messages.ts";

/** Where the page's forms and its long poll go (routes/launch/step-up-push.ts). */
export const stepUpPushPaths = {
  wait: "/api/launch/step-up/push/wait",
  continue: "/launch/step-up/push/continue",
  resend: "/launch/step-up/push/resend",
  useCode: "/launch/step-up/push/use-code",
};

function outcomeOf(prompt: PushPrompt): Message {
  switch (prompt.status) {
    case "denied":
      return m.wrongNumber;
    case "limited":
      return m.limited;
    case "paused":
      return m.paused;
    default:
      return m.ended;
  }
}

/**
 * Long poll, then "continue" once the request is no longer pending (or the step-up is gone);
 * after a failure a growing pause with jitter, capped at a minute.
 */
function pollScript(nonce: string): string {
  return `<script nonce="${nonce}">(() => {
  const form = document.getElementById("push-continue");
  let failures = 0;
  const poll = async () => {
    try {
      const answer = await fetch(${JSON.stringify(stepUpPushPaths.wait)}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ waitSeconds: 20 }) });
      if (answer.ok ? (await answer.json()).prompt.status !== "pending" : answer.status === 409) { form.submit(); return; }
      failures = answer.ok ? 0 : failures + 1;
    } catch { failures += 1; }
    const step = Math.min(60000, 1000 * 2 ** Math.max(failures - 1, 0));
    setTimeout(poll, failures === 0 ? 0 : step / 2 + (step / 2) * Math.random());
  };
  void poll();
})();</script>`;
}

const hidden = '<input type="hidden" name="push" value="1">';

function formButton(action: string, label: string, className: string, id = ""): string {
  return `<form method="post" action="${escapeHtml(action)}"${id === "" ? "" : ` id="${id}"`}>${hidden}<button class="${className}" type="submit">${escapeHtml(label)}</button></form>`;
}

export function stepUpPushPage(
  random: Random,
  text: ServerText,
  options: { appName: string; prompt: PushPrompt; continueTo: string[]; portalUrl: string },
): LaunchPage {
  const { prompt } = options;
  const nonce = newNonce(random);
  const pending = prompt.status === "pending" && prompt.number !== null;
  const title = text(m.title);
  const [device] = prompt.devices;
  const body = pending
    ? `<p class="login-subtitle">${messageHtml(text, m.text, {
        app: options.appName,
        device: device ?? "",
        hasDevice: prompt.devices.length === 1 ? "yes" : "no",
      })}</p>
<p class="push-number" dir="ltr" translate="no" aria-label="${escapeHtml(text(m.numberLabel, { number: prompt.number ?? 0 }))}">${prompt.number ?? ""}</p>
<p class="push-waiting" role="status"><span class="spinner push-spinner" aria-hidden="true"></span>${escapeHtml(text(m.waiting))}</p>`
    : `<p class="login-subtitle">${messageHtml(text, m.outcomeText, { app: options.appName })}</p>
<div class="alert ${prompt.status === "denied" ? "alert-error" : "alert-info"}" role="alert"><span>${escapeHtml(text(outcomeOf(prompt)))}</span></div>`;
  const continueForm = `<form method="post" action="${stepUpPushPaths.continue}" id="push-continue">${hidden}${
    pending
      ? `<noscript><button class="button button-primary button-block" type="submit">${escapeHtml(text(m.continue))}</button></noscript>`
      : ""
  }</form>`;
  const actions = [
    prompt.canRetry
      ? formButton(
          stepUpPushPaths.resend,
          text(m.sendAnother),
          "button button-primary button-block",
        )
      : "",
    prompt.codeAvailable
      ? formButton(
          stepUpPushPaths.useCode,
          text(m.useCode),
          `button ${prompt.canRetry ? "button-secondary" : "button-primary"} button-block`,
        )
      : "",
    `<a class="button button-secondary button-block" href="${escapeHtml(options.portalUrl)}">${escapeHtml(text(pageMessages.cancelToPortal))}</a>`,
  ].join("\n");
  const content = `${heading(title)}
${body}
<div class="login-form">${continueForm}
${actions}</div>`;
  return {
    status: 200,
    html: layout(text, title, content, pending ? pollScript(nonce) : ""),
    // The continue form's answer may redirect to the app: form-action allows its origin.
    csp: csp(nonce, options.continueTo, pending, pending),
  };
}
