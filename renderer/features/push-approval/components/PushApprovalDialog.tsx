// The desktop app's approval of a sign-in made elsewhere, or of an app that requires MFA being
// opened (issue 17): who is asking (the app, browser, address, a configured place, time), three
// numbers — the one the browser shows confirms with Touch ID / Windows Hello — and "This wasn't
// me". It waits for requests while the app is open.
import { useEffect } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { InfoDialog } from "../../../components/InfoDialog.tsx";
import { AlertIcon } from "../../../components/Icons.tsx";
import { describeDevice } from "../../../lib/describe-device.ts";
import { useErrorText } from "../../../lib/error-messages.ts";
import type { PushRequestEvent } from "../api.ts";
import { approvalMessages as m } from "../messages.ts";
import { keepPolling } from "../../../lib/reconnect.ts";
import { usePushApprovals, type ApprovalOutcome } from "../store.ts";
import "../push-approval.css";

/** One wait for requests; the HTTP client gives up at 15 s. */
const waitSeconds = 10;

/** An outcome's title and text: for a sign-in, or for an app being opened (per-app MFA). */
const outcomeWords: Record<
  ApprovalOutcome,
  Record<"signIn" | "stepUp", { title: MessageDescriptor; text: MessageDescriptor }>
> = {
  approved: {
    signIn: { title: m.approvedTitle, text: m.approved },
    stepUp: { title: m.stepUpApprovedTitle, text: m.stepUpApproved },
  },
  wrong_number: {
    signIn: { title: m.wrongNumberTitle, text: m.wrongNumber },
    stepUp: { title: m.stepUpWrongNumberTitle, text: m.stepUpWrongNumber },
  },
  reported: {
    signIn: { title: m.reportedTitle, text: m.reported },
    stepUp: { title: m.stepUpReportedTitle, text: m.stepUpReported },
  },
};

function useWaitForRequests() {
  const refresh = usePushApprovals((state) => state.refresh);
  useEffect(() => {
    let stopped = false;
    let wake: (() => void) | undefined;
    void keepPolling({
      poll: () => refresh(waitSeconds),
      // After a failure, a growing pause with jitter (renderer/lib/reconnect.ts); closing the window ends it.
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
  }, [refresh]);
}

/** The dialog itself, loaded only in the desktop app (renderer/app/DesktopListeners.tsx). */
export function PushApprovalDialog() {
  useWaitForRequests();
  const intl = useIntl();
  const describeError = useErrorText();
  const { requests, answered, busy, error, approve, report, close } = usePushApprovals();
  const [request] = requests;

  if (answered !== undefined) {
    const app = answered.request.appName;
    const words = outcomeWords[answered.outcome][app === null ? "signIn" : "stepUp"];
    return (
      <InfoDialog title={intl.formatMessage(words.title, { app })} open onClose={close}>
        <p className="dialog-lead">
          <FormattedMessage
            {...words.text}
            values={{ app: app === null ? null : appNameOf(app) }}
          />
        </p>
      </InfoDialog>
    );
  }
  if (request === undefined) {
    return null;
  }
  return (
    <InfoDialog
      title={
        request.appName === null
          ? intl.formatMessage(m.title)
          : intl.formatMessage(m.stepUpTitle, { app: request.appName })
      }
      open
      onClose={() => undefined}
      actions={
        <Button
          variant="secondary"
          className="button-danger"
          disabled={busy}
          onClick={() => void report(request)}
        >
          <FormattedMessage {...m.notMe} />
        </Button>
      }
    >
      <RequestDetails request={request} />
      {error !== undefined && (
        <div className="alert alert-error" role="alert">
          <AlertIcon size={18} />
          <span>{describeError(error)}</span>
        </div>
      )}
      <p id="push-choices-label" className="push-choices-label">
        <FormattedMessage {...m.choicesLabel} />
      </p>
      <div className="push-choices" role="group" aria-labelledby="push-choices-label">
        {request.choices.map((choice) => (
          <button
            key={choice.number}
            type="button"
            className="push-choice"
            dir="ltr"
            translate="no"
            disabled={busy}
            onClick={() => void approve(request, choice)}
          >
            {choice.number}
          </button>
        ))}
      </div>
    </InfoDialog>
  );
}

/** An app's name is the organization's, not ours to translate. */
function appNameOf(app: string) {
  return (
    <span translate="no" key="app">
      {app}
    </span>
  );
}

function RequestDetails({ request }: { request: PushRequestEvent }) {
  const intl = useIntl();
  const where = [request.ip, request.place].filter((part) => part !== null).join(" · ");
  return (
    <dl className="push-details">
      {request.appName !== null && (
        <>
          <dt>
            <FormattedMessage {...m.app} />
          </dt>
          <dd>{appNameOf(request.appName)}</dd>
        </>
      )}
      <dt>
        <FormattedMessage {...m.account} />
      </dt>
      <dd>
        <FormattedMessage
          {...m.accountValue}
          values={{
            name: (
              <span translate="no" key="name">
                {request.user.displayName}
              </span>
            ),
            email: (
              <span translate="no" dir="ltr" key="email">
                {request.user.email}
              </span>
            ),
          }}
        />
      </dd>
      <dt>
        <FormattedMessage {...m.browser} />
      </dt>
      <dd>{describeDevice(intl, request.device)}</dd>
      <dt>
        <FormattedMessage {...m.from} />
      </dt>
      <dd>
        {where === "" ? (
          <FormattedMessage {...m.unknownPlace} />
        ) : (
          <span translate="no" dir="ltr">
            {where}
          </span>
        )}
      </dd>
      <dt>
        <FormattedMessage {...m.time} />
      </dt>
      <dd>
        <time dateTime={request.createdAt}>
          {intl.formatTime(request.createdAt, { timeStyle: "short" })}
        </time>
      </dd>
    </dl>
  );
}
