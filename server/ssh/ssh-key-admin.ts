// What admins see of SSH keys: one user's keys, and authorized_keys for everyone, one user or
// one group's members, for servers to consume.
import { findGroup, listGroupMemberIds } from "../apps/app-store.ts";
import type { Db } from "../storage/database.ts";
import type { SshKey } from "../storage/schema.ts";
import { findUserById } from "../storage/users.ts";
import { exportAuthorizedKeys, listSshKeys } from "./ssh-keys.ts";

/** The user's keys, or undefined when there is no such user. */
export async function sshKeysOfUser(db: Db, userId: string): Promise<SshKey[] | undefined> {
  return (await findUserById(db, userId)) === undefined ? undefined : listSshKeys(db, userId);
}

/** authorized_keys text for the selection, or no_group when the group does not exist. */
export async function authorizedKeysFor(
  db: Db,
  selection: { userId?: string | undefined; groupId?: string | undefined },
): Promise<{ ok: true; text: string } | { ok: false; reason: "no_group" }> {
  let userIds: string[] | undefined =
    selection.userId === undefined ? undefined : [selection.userId];
  if (selection.groupId !== undefined) {
    if ((await findGroup(db, selection.groupId)) === undefined) {
      return { ok: false, reason: "no_group" };
    }
    userIds = await listGroupMemberIds(db, selection.groupId);
  }
  return { ok: true, text: await exportAuthorizedKeys(db, userIds) };
}
