// The sign-in's waiting screen while the desktop app is asked to approve (issue 17): the number
// to pick there, which device to look at, and — when the answer was no, the request expired, or
// push is paused — what happened and the ways on (another request, a code, someone else).
import { useEffect, useRef } from "react";
import { FormattedMessage, useIntl, type IntlShape } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";
import type { PushPrompt } from "../api.ts";
import { authMessages } from "../messages.ts";
import { pushMessages as m } from "../push-messages.ts";
import { keepPolling } from "../../../lib/reconnect.ts";

/** A wait shorter than this came back without waiting: it failed (the network, a restart). */
const failedWaitMs = 500;

function timeOf(intl: IntlShape, iso: string): string {
  return intl.formatTime(iso, { timeStyle: "short" });
}

function outcomeMessage(intl: IntlShape, prompt: PushPrompt): string | undefined {
  switch (prompt.status) {
    case "denied":
      return intl.formatMessage(prompt.denyReason === "reported" ? m.reported : m.wrongNumber);
    case "expired":
    case "cancelled":
      return intl.formatMessage(m.expired);
    case "limited":
      return intl.formatMessage(m.limited);
    case "paused":
      return prompt.pausedUntil === null
        ? intl.formatMessage(m.paused)
        : intl.formatMessage(m.pausedUntil, { time: timeOf(intl, prompt.pausedUntil) });
    default:
      return undefined;
  }
}

export function PushStep(props: {
  email: string;
  prompt: PushPrompt;
  busy: boolean;
  /** Waits once for the answer; true once signed in. */
  waitForApproval: () => Promise<boolean>;
  onSignedIn: () => Promise<void>;
  onSendAnother: () => void;
  onUseCode: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { prompt, waitForApproval } = props;
  const pending = prompt.status === "pending";
  // The session exists once a wait says so, even if this screen is going away: always go on.
  const signedIn = useRef(props.onSignedIn);
  signedIn.current = props.onSignedIn;

  useEffect(() => {
    if (!pending) {
      return undefined;
    }
    let stopped = false;
    let wake: (() => void) | undefined;
    void keepPolling({
      poll: async () => {
        const before = Date.now();
        if (await waitForApproval()) {
          stopped = true;
          await signedIn.current();
          return true;
        }
        return Date.now() - before >= failedWaitMs;
      },
      // After failures in a row, a growing pause with jitter (renderer/lib/reconnect.ts), cut
      // short when the screen goes away.
      pause: (ms) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        }),
      random: Math.random,
      stopped: () => stopped,
    });
    return () => {
      stopped = true;
      wake?.();
    };
  }, [pending, waitForApproval]);

  const device = prompt.devices.length === 1 ? prompt.devices[0] : undefined;
  const outcome = outcomeMessage(intl, prompt);
  return (
    <div className="login-form">
      <div className="identity-chip">
        <span className="identity-chip-email" translate="no" dir="ltr">
          {props.email}
        </span>
      </div>
      {pending && prompt.number !== null ? (
        <>
          <h2 className="push-title">
            <FormattedMessage {...m.title} />
          </h2>
          <p className="login-subtitle">
            {device === undefined ? (
              <FormattedMessage {...m.pickOnAnyDevice} />
            ) : (
              <FormattedMessage
                {...m.pickOnDevice}
                values={{
                  device: (
                    <span translate="no" key="device">
                      {device}
                    </span>
                  ),
                }}
              />
            )}
          </p>
          <p
            className="push-number"
            dir="ltr"
            translate="no"
            aria-label={intl.formatMessage(m.numberLabel, { number: prompt.number })}
          >
            {prompt.number}
          </p>
          <p className="push-waiting" role="status">
            <span className="spinner push-spinner" aria-hidden="true" />
            {prompt.expiresAt === null ? (
              <FormattedMessage {...m.waiting} />
            ) : (
              <FormattedMessage
                {...m.waitingUntil}
                values={{ time: timeOf(intl, prompt.expiresAt) }}
              />
            )}
          </p>
        </>
      ) : (
        <div
          className={prompt.status === "denied" ? "alert alert-error" : "alert alert-info"}
          role="alert"
        >
          {prompt.status === "denied" ? <AlertIcon size={18} /> : <InfoIcon size={18} />}
          <span>{outcome}</span>
        </div>
      )}
      {prompt.canRetry && (
        <Button
          type="button"
          busy={props.busy}
          busyLabel={intl.formatMessage(m.sending)}
          className="button-block"
          onClick={props.onSendAnother}
        >
          <FormattedMessage {...m.sendAnother} />
        </Button>
      )}
      <div className="login-links">
        {prompt.codeAvailable && (
          <button type="button" className="link-button" onClick={props.onUseCode}>
            <FormattedMessage {...m.useCode} />
          </button>
        )}
        <button type="button" className="link-button" onClick={props.onCancel}>
          <FormattedMessage {...authMessages.someoneElse} />
        </button>
      </div>
    </div>
  );
}
