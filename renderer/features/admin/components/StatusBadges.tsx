// A user's state at a glance, in words: locked, disabled, admin, invited, no MFA.
import type { UserRow } from "../api.ts";

export function StatusBadges(props: {
  user: Pick<UserRow, "locked" | "status" | "role">;
  mfaSetUp: boolean;
  invited: boolean;
}) {
  const { user } = props;
  const badges: { label: string; tone: "danger" | "warning" | "neutral" | "ok" }[] = [
    ...(user.status === "disabled" ? [{ label: "Disabled", tone: "danger" as const }] : []),
    ...(user.locked ? [{ label: "Locked", tone: "danger" as const }] : []),
    ...(props.invited ? [{ label: "Invited", tone: "neutral" as const }] : []),
    ...(props.mfaSetUp ? [] : [{ label: "No MFA", tone: "warning" as const }]),
    ...(user.role === "admin" ? [{ label: "Admin", tone: "neutral" as const }] : []),
  ];
  if (badges.length === 0) {
    badges.push({ label: "Active", tone: "ok" });
  }
  return (
    <span className="console-badges">
      {badges.map((badge) => (
        <span key={badge.label} className={`console-status console-status-${badge.tone}`}>
          {badge.label}
        </span>
      ))}
    </span>
  );
}
