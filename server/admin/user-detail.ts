// Everything the console's user page shows about one person, read together: the account, their
// factors, enrolled devices and device logins, SSH keys, active sessions, groups and the newest
// events that concern them or that they did.
import { pageAuditEvents } from "../audit/audit-query.ts";
import { countRecoveryCodesLeft } from "../auth/mfa/recovery-code-store.ts";
import { hasActiveTotp } from "../auth/mfa/totp-factor.ts";
import { listUserDevices } from "../devices/device-store.ts";
import { listActiveSessions } from "../security/user-sessions.ts";
import { listSshKeys } from "../ssh/ssh-keys.ts";
import type { Db } from "../storage/database.ts";
import type { AuditEvent, Session, SshKey, User } from "../storage/schema.ts";
import type { Device } from "../storage/devices-schema.ts";
import type { Passkey } from "../storage/devices-schema.ts";
import { findUserById } from "../storage/users.ts";
import { listUserPasskeys } from "../webauthn/passkey-store.ts";

/** How many of the newest events the user page shows; the audit log has the rest. */
export const recentHistoryLength = 20;

export type UserDetail = {
  user: User;
  authenticator: boolean;
  recoveryCodesLeft: number;
  devices: Device[];
  passkeys: Passkey[];
  sshKeys: SshKey[];
  sessions: Session[];
  groups: { id: string; name: string }[];
  history: AuditEvent[];
};

export async function readUserDetail(
  db: Db,
  userId: string,
  now: number,
): Promise<UserDetail | undefined> {
  const user = await findUserById(db, userId);
  if (user === undefined) {
    return undefined;
  }
  const [authenticator, recoveryCodesLeft, devices, passkeys, sshKeys, sessions, groups, history] =
    await Promise.all([
      hasActiveTotp(db, userId),
      countRecoveryCodesLeft(db, userId),
      listUserDevices(db, userId),
      listUserPasskeys(db, userId),
      listSshKeys(db, userId),
      listActiveSessions(db, userId, now),
      db
        .selectFrom("group_members")
        .innerJoin("groups", "groups.id", "group_members.group_id")
        .select(["groups.id", "groups.name"])
        .where("group_members.user_id", "=", userId)
        .orderBy("groups.name")
        .execute(),
      pageAuditEvents(db, { personId: userId }, { limit: recentHistoryLength }),
    ]);
  return {
    user,
    authenticator,
    recoveryCodesLeft,
    devices,
    passkeys,
    sshKeys,
    sessions,
    groups,
    history: history.events,
  };
}
