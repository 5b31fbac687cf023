// What an admin does for a stuck user, each asked for in a dialog that says what follows. The
// sensitive ones (reset MFA, temporary password, disable) ask the admin to confirm it is them if
// their last verification is over 5 minutes old; a temporary password is shown once, to copy. A
// user who has not chosen a password yet can be sent a new invitation.
import { useState } from "react";
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { actionMessages as m } from "../action-messages.ts";
import {
  giveTemporaryPassword,
  resendInvitation,
  resetMfa,
  setStatus,
  signOutEverywhere,
  unlockUser,
  type AdminUserDetail,
} from "../api.ts";
import { consoleMessages } from "../messages.ts";
import { useAction } from "../use-action.ts";

type Action = {
  id: string;
  label: MessageDescriptor;
  title: MessageDescriptor;
  explains: MessageDescriptor;
  busyLabel: MessageDescriptor;
  /** Runs the action; says what is done. */
  run: () => Promise<MessageDescriptor>;
};

export function UserActionsCard(props: {
  detail: AdminUserDetail;
  onDone: (message: MessageDescriptor) => void;
}) {
  const intl = useIntl();
  const { user, mfa, invited } = props.detail;
  const [open, setOpen] = useState<Action>();
  const { run, busy, errorText, setError } = useAction();
  const [temporary, setTemporary] = useState<string>();

  const actions: Action[] = [
    ...(user.locked
      ? [
          {
            id: "unlock",
            label: m.unlock,
            title: m.unlockTitle,
            explains: m.unlockExplains,
            busyLabel: m.unlocking,
            run: async () => (await unlockUser(user.id), m.unlocked),
          },
        ]
      : []),
    ...(invited && user.status === "active"
      ? [
          {
            id: "invitation",
            label: m.resendInvitation,
            title: m.resendInvitationTitle,
            explains: m.resendInvitationExplains,
            busyLabel: m.resending,
            run: async () => (await resendInvitation(user.id), m.invitationResent),
          },
        ]
      : []),
    {
      id: "mfa",
      label: m.resetMfa,
      title: m.resetMfaTitle,
      explains: mfa.authenticator ? m.resetMfaExplains : m.resetMfaExplainsNone,
      busyLabel: m.resetting,
      run: async () => (await withRecentVerification(() => resetMfa(user.id)), m.mfaReset),
    },
    {
      id: "temporary",
      label: m.temporary,
      title: m.temporaryTitle,
      explains: m.temporaryExplains,
      busyLabel: m.creating,
      run: async () => {
        const given = await withRecentVerification(() => giveTemporaryPassword(user.id));
        setTemporary(given.temporaryPassword);
        return m.temporaryCreated;
      },
    },
    {
      id: "sign-out",
      label: m.signOut,
      title: m.signOutTitle,
      explains: m.signOutExplains,
      busyLabel: m.signingOut,
      run: async () => (await signOutEverywhere(user.id), m.signedOut),
    },
    user.status === "active"
      ? {
          id: "disable",
          label: m.disable,
          title: m.disableTitle,
          explains: m.disableExplains,
          busyLabel: m.disabling,
          run: async () => (
            await withRecentVerification(() => setStatus(user.id, "disabled")),
            m.disabled
          ),
        }
      : {
          id: "enable",
          label: m.enable,
          title: m.enableTitle,
          explains: m.enableExplains,
          busyLabel: m.enabling,
          run: async () => (
            await withRecentVerification(() => setStatus(user.id, "active")),
            m.enabled
          ),
        },
  ];

  const confirm = async () => {
    if (open === undefined) {
      return;
    }
    await run(async () => {
      const message = await open.run();
      setOpen(undefined);
      props.onDone(message);
    });
  };

  return (
    <section className="card" aria-labelledby="section-actions">
      <h2 id="section-actions" className="card-title">
        <FormattedMessage {...m.actions} />
      </h2>
      <div className="console-actions">
        {actions.map((action) => (
          <Button
            key={action.id}
            variant={action.id === "unlock" ? "primary" : "secondary"}
            onClick={() => {
              setError(undefined);
              setOpen(action);
            }}
          >
            <FormattedMessage {...action.label} />
          </Button>
        ))}
      </div>
      {temporary !== undefined && (
        <div className="alert alert-info console-secret" role="note">
          <span>
            <FormattedMessage
              {...m.temporaryShown}
              values={{ password: <code translate="no">{temporary}</code> }}
            />
          </span>
          <CopyButton value={temporary} label={intl.formatMessage(consoleMessages.copyPassword)} />
          <Button variant="quiet" onClick={() => setTemporary(undefined)}>
            <FormattedMessage {...m.done} />
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={open !== undefined}
        title={open === undefined ? "" : intl.formatMessage(open.title, { name: user.displayName })}
        confirmLabel={open === undefined ? "" : intl.formatMessage(open.label)}
        busyLabel={open === undefined ? "" : intl.formatMessage(open.busyLabel)}
        busy={busy}
        error={errorText}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(undefined)}
      >
        <p>{open !== undefined && <FormattedMessage {...open.explains} />}</p>
      </ConfirmDialog>
    </section>
  );
}
