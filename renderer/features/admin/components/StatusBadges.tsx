// A user's state at a glance, in words: locked, disabled, admin, invited, no MFA.
import { FormattedMessage, type MessageDescriptor } from "react-intl";
import type { UserRow } from "../api.ts";
import { userMessages as m } from "../user-messages.ts";

export function StatusBadges(props: {
  user: Pick<UserRow, "locked" | "status" | "role">;
  mfaSetUp: boolean;
  invited: boolean;
}) {
  const { user } = props;
  const badges: { label: MessageDescriptor; tone: "danger" | "warning" | "neutral" | "ok" }[] = [
    ...(user.status === "disabled" ? [{ label: m.badgeDisabled, tone: "danger" as const }] : []),
    ...(user.locked ? [{ label: m.badgeLocked, tone: "danger" as const }] : []),
    ...(props.invited ? [{ label: m.badgeInvited, tone: "neutral" as const }] : []),
    ...(props.mfaSetUp ? [] : [{ label: m.badgeNoMfa, tone: "warning" as const }]),
    ...(user.role === "admin" ? [{ label: m.badgeAdmin, tone: "neutral" as const }] : []),
  ];
  if (badges.length === 0) {
    badges.push({ label: m.badgeActive, tone: "ok" });
  }
  return (
    <span className="console-badges">
      {badges.map((badge) => (
        <span key={badge.label.id} className={`console-status console-status-${badge.tone}`}>
          <FormattedMessage {...badge.label} />
        </span>
      ))}
    </span>
  );
}
