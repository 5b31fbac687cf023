// What an admin does for a stuck user, each asked for in a dialog that says what follows. The
// sensitive ones (reset MFA, temporary password, disable) ask the admin to confirm it is them if
// their last verification is over 5 minutes old; a temporary password is shown once, to copy.
import { useState } from "react";
import { Button } from "../../../components/Button.tsx";
import { ConfirmDialog } from "../../../components/ConfirmDialog.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { apiErrorOf } from "../../../lib/http.ts";
import { withRecentVerification } from "../../../stores/recent-verification.ts";
import { handledReverification } from "../../../stores/session.ts";
import {
  giveTemporaryPassword,
  resetMfa,
  setStatus,
  signOutEverywhere,
  unlockUser,
  type AdminUserDetail,
} from "../api.ts";

type Action = {
  id: string;
  label: string;
  title: string;
  explains: string;
  busyLabel: string;
  run: () => Promise<string>;
};

export function UserActionsCard(props: {
  detail: AdminUserDetail;
  onDone: (message: string) => void;
}) {
  const { user, mfa } = props.detail;
  const [open, setOpen] = useState<Action>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [temporary, setTemporary] = useState<string>();
  const first = user.displayName;

  const actions: Action[] = [
    ...(user.locked
      ? [
          {
            id: "unlock",
            label: "Unlock",
            title: `Unlock ${first}?`,
            explains: "They can sign in again at once. Their failed attempts start over.",
            busyLabel: "Unlocking…",
            run: async () => (await unlockUser(user.id), "Account unlocked."),
          },
        ]
      : []),
    {
      id: "mfa",
      label: "Reset MFA",
      title: `Reset ${first}'s multi-factor authentication?`,
      explains: mfa.authenticator
        ? "Their authenticator app and recovery codes stop working, they are signed out everywhere, and they set up MFA again at their next sign-in. They get a mail saying so."
        : "They have no authenticator app; any recovery codes go and they are signed out everywhere.",
      busyLabel: "Resetting…",
      run: async () => (await withRecentVerification(() => resetMfa(user.id)), "MFA reset."),
    },
    {
      id: "temporary",
      label: "Temporary password",
      title: `Give ${first} a temporary password?`,
      explains:
        "Their password stops working and they are signed out everywhere. You see the temporary password once; they must choose their own at the next sign-in.",
      busyLabel: "Creating…",
      run: async () => {
        const given = await withRecentVerification(() => giveTemporaryPassword(user.id));
        setTemporary(given.temporaryPassword);
        return "Temporary password created.";
      },
    },
    {
      id: "sign-out",
      label: "Sign out everywhere",
      title: `Sign ${first} out everywhere?`,
      explains: "Every session ends, on the web and in the desktop app. They can sign in again.",
      busyLabel: "Signing out…",
      run: async () => (await signOutEverywhere(user.id), "Signed out everywhere."),
    },
    user.status === "active"
      ? {
          id: "disable",
          label: "Disable account",
          title: `Disable ${first}'s account?`,
          explains:
            "They are signed out everywhere and cannot sign in until you enable the account.",
          busyLabel: "Disabling…",
          run: async () => (
            await withRecentVerification(() => setStatus(user.id, "disabled")),
            "Account disabled."
          ),
        }
      : {
          id: "enable",
          label: "Enable account",
          title: `Enable ${first}'s account?`,
          explains: "They can sign in again with their password.",
          busyLabel: "Enabling…",
          run: async () => (
            await withRecentVerification(() => setStatus(user.id, "active")),
            "Account enabled."
          ),
        },
  ];

  const confirm = async () => {
    if (open === undefined) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const message = await open.run();
      setOpen(undefined);
      props.onDone(message);
    } catch (caught) {
      if (!handledReverification(caught)) {
        setError(apiErrorOf(caught).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="section-actions">
      <h2 id="section-actions" className="card-title">
        Actions
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
            {action.label}
          </Button>
        ))}
      </div>
      {temporary !== undefined && (
        <div className="alert alert-info console-secret" role="note">
          <span>
            Temporary password, shown once: <code>{temporary}</code>
          </span>
          <CopyButton value={temporary} label="Copy password" />
          <Button variant="quiet" onClick={() => setTemporary(undefined)}>
            Done
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={open !== undefined}
        title={open?.title ?? ""}
        confirmLabel={open?.label ?? ""}
        busyLabel={open?.busyLabel ?? ""}
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(undefined)}
      >
        <p>{open?.explains}</p>
      </ConfirmDialog>
    </section>
  );
}
