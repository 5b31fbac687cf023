// Console → Requests: the undecided requests (those that need an approver first) and the
// approval flows that make apps requestable, with a form to add or change one and remove
// (confirmed first). docs/admin.md "Access requests".
import { useCallback, useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { useErrorText } from "../../../lib/error-messages.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { getUser } from "../api.ts";
import { draftOfFlow, newFlowDraft, type FlowDraft } from "../flow-draft.ts";
import { listApps, listGroups } from "../group-api.ts";
import {
  listRequestFlows,
  listUndecidedRequests,
  removeRequestFlow,
  type RequestFlowView,
} from "../request-flow-api.ts";
import { requestFlowMessages as m } from "../request-flow-messages.ts";
import { useAction } from "../use-action.ts";
import { useRequest } from "../use-request.ts";
import { FlowForm } from "./FlowForm.tsx";
import { FlowList } from "./FlowList.tsx";
import { UndecidedRequestsCard } from "./UndecidedRequestsCard.tsx";
import "../request-flows.css";

async function loadScreen() {
  const [flows, apps, groups, undecided] = await Promise.all([
    listRequestFlows(),
    listApps(),
    listGroups(),
    listUndecidedRequests(),
  ]);
  return { flows, apps, groups, undecided };
}

export function RequestFlowsPage() {
  const intl = useIntl();
  const describeError = useErrorText();
  const [screen, reload] = useRequest(useCallback(loadScreen, []));
  const [form, setForm] = useState<{ draft: FlowDraft; editing: boolean }>();
  const [removing, setRemoving] = useState<RequestFlowView>();
  const removal = useAction();
  // What was just done, said by screen readers; a message and its app, so a change of language reaches it.
  const [said, setSaid] = useState<{ message: MessageDescriptor; app: string }>();

  if (screen.state !== "loaded") {
    return (
      <>
        <PageHeader
          title={intl.formatMessage(m.title)}
          description={intl.formatMessage(m.description)}
        />
        {screen.state === "loading" ? (
          <p className="card-note" role="status">
            <FormattedMessage {...m.loading} />
          </p>
        ) : (
          <ErrorAlert message={describeError(screen.error)} />
        )}
      </>
    );
  }
  const { flows, apps, groups, undecided } = screen.value;
  const nameOf = (appId: string) => apps.find((app) => app.id === appId)?.displayName ?? appId;

  const edit = async (flow: RequestFlowView) => {
    const ids = flow.steps.flatMap((step) => (step.approver === "users" ? step.userIds : []));
    const emails = new Map(
      await Promise.all(
        ids.map(
          async (id) => [id, (await getUser(id).catch(() => undefined))?.user.email ?? id] as const,
        ),
      ),
    );
    setForm({ draft: draftOfFlow(flow, (id) => emails.get(id) ?? id), editing: true });
  };

  const remove = (flow: RequestFlowView) =>
    removal.run(async () => {
      await withRecentVerification(() => removeRequestFlow(flow.appId));
      setRemoving(undefined);
      setSaid({ message: m.removed, app: nameOf(flow.appId) });
      reload();
    });

  return (
    <>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <p className="visually-hidden" role="status">
        {said === undefined ? "" : intl.formatMessage(said.message, { app: said.app })}
      </p>
      <div className="card-stack">
        <UndecidedRequestsCard requests={undecided} />
        {form !== undefined ? (
          <FlowForm
            key={form.draft.appId}
            initial={form.draft}
            editing={form.editing}
            apps={
              form.editing ? apps : apps.filter((app) => !flows.some((f) => f.appId === app.id))
            }
            groups={groups}
            onCancel={() => setForm(undefined)}
            onSaved={(_, appName) => {
              setForm(undefined);
              setSaid({ message: m.saved, app: appName });
              reload();
            }}
          />
        ) : (
          <div>
            <Button onClick={() => setForm({ draft: newFlowDraft, editing: false })}>
              <FormattedMessage {...m.newFlow} />
            </Button>
          </div>
        )}
        <FlowList
          flows={flows}
          groups={groups}
          nameOf={nameOf}
          onEdit={(flow) => void edit(flow)}
          onRemove={(flow) => {
            removal.setError(undefined);
            setRemoving(flow);
          }}
        />
      </div>
      <ConfirmDialog
        open={removing !== undefined}
        title={intl.formatMessage(m.removeTitle, { app: nameOf(removing?.appId ?? "") })}
        confirmLabel={intl.formatMessage(m.removeApp, { app: nameOf(removing?.appId ?? "") })}
        busyLabel={intl.formatMessage(m.removing)}
        busy={removal.busy}
        error={removal.errorText}
        onConfirm={() => removing !== undefined && void remove(removing)}
        onCancel={() => setRemoving(undefined)}
      >
        <FormattedMessage {...m.removeText} />
      </ConfirmDialog>
    </>
  );
}
