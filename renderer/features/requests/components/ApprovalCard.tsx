// One request waiting for this approver: who asks and why, their profile and current access,
// the approval progress, and Approve / Deny — each run with a recent verification, as the
// console's sensitive actions are.
import { useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { decideRequest, type ApprovalItem } from "../api.ts";
import { approvalMessages as m } from "../approval-messages.ts";
import { requestsMessages } from "../messages.ts";
import { RequestProgress } from "./RequestProgress.tsx";

const separator = " · ";

type Decision = "approved" | "denied";

function ProfileLine(props: { label: MessageDescriptor; value: string | null }) {
  return (
    <div className="approval-fact">
      <dt>
        <FormattedMessage {...props.label} />
      </dt>
      <dd translate="no" dir="auto">
        {props.value ?? <FormattedMessage {...m.notGiven} />}
      </dd>
    </div>
  );
}

export function ApprovalCard(props: {
  item: ApprovalItem;
  onDecided: (decision: Decision) => void;
}) {
  const { request, requester } = props.item;
  const intl = useIntl();
  const describeError = useErrorText();
  const [busy, setBusy] = useState<Decision>();
  const [error, setError] = useState<unknown>();
  const names = { requester: requester.name, app: request.app.name };
  const headingId = `approval-${request.id}`;

  const decide = async (decision: Decision) => {
    setBusy(decision);
    setError(undefined);
    try {
      await withRecentVerification(() => decideRequest(request.id, decision));
      props.onDecided(decision);
    } catch (caught) {
      if (apiErrorOf(caught).code !== "VERIFICATION_CANCELLED") {
        setError(caught);
      }
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <li className="card approval-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        <FormattedMessage
          {...m.asks}
          values={{
            requester: (
              <span translate="no" dir="auto">
                {requester.name}
              </span>
            ),
            app: (
              <span translate="no" dir="auto">
                {request.app.name}
              </span>
            ),
          }}
        />
      </h2>
      <p className="request-meta">
        <span translate="no">{requester.email}</span>
        {separator}
        {request.durationDays === null
          ? intl.formatMessage(requestsMessages.noEnd)
          : intl.formatMessage(requestsMessages.days, { days: request.durationDays })}
        {separator}
        <FormattedMessage
          {...requestsMessages.requestedOn}
          values={{ date: intl.formatDate(request.createdAt, { dateStyle: "medium" }) }}
        />
      </p>
      <dl className="approval-facts">
        <div className="approval-fact approval-fact-wide">
          <dt>
            <FormattedMessage {...m.reason} />
          </dt>
          <dd translate="no" dir="auto">
            {request.reason}
          </dd>
        </div>
        <ProfileLine label={m.jobTitle} value={requester.jobTitle} />
        <ProfileLine label={m.department} value={requester.department} />
        <ProfileLine label={m.manager} value={requester.manager} />
        <div className="approval-fact approval-fact-wide">
          <dt>
            <FormattedMessage {...m.currentAccess} />
          </dt>
          <dd translate="no">
            {requester.currentAccess.length === 0 ? (
              <FormattedMessage {...m.noApps} />
            ) : (
              intl.formatList(requester.currentAccess)
            )}
          </dd>
        </div>
      </dl>
      <RequestProgress request={request} />
      {error !== undefined && <ErrorAlert message={describeError(error)} />}
      <div className="form-actions">
        {(["approved", "denied"] as const).map((decision) => (
          <Button
            key={decision}
            variant={decision === "approved" ? "primary" : "secondary"}
            busy={busy === decision}
            busyLabel={intl.formatMessage(m.deciding)}
            disabled={busy !== undefined}
            aria-label={intl.formatMessage(m.decideLabel, { decision, ...names })}
            onClick={() => void decide(decision)}
          >
            <FormattedMessage {...(decision === "approved" ? m.approve : m.deny)} />
          </Button>
        ))}
      </div>
    </li>
  );
}
