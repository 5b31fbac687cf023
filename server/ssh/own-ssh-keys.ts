// A user adds or removes one of their own SSH keys (Security → SSH keys): the change is audited
// with the key's fingerprint, never the key itself.
import { recordAuditEvent, type AuditOrigin } from "../audit/audit-log.ts";
import type { Clock } from "../lib/clock.ts";
import type { Db } from "../storage/database.ts";
import type { SshKey, User } from "../storage/schema.ts";
import { addSshKey, deleteSshKey, type AddSshKeyResult } from "./ssh-keys.ts";

type Change = { user: User; origin: AuditOrigin };

export async function addOwnSshKey(
  { db, clock }: { db: Db; clock: Clock },
  { user, origin, name, publicKey }: Change & { name: string; publicKey: string },
): Promise<AddSshKeyResult> {
  const result = await addSshKey(db, { userId: user.id, name, publicKey, now: clock.now() });
  if (result.ok) {
    await recordAuditEvent(db, {
      event: "ssh_key.added",
      at: clock.now(),
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin,
      details: { fingerprint: result.key.fingerprint, type: result.key.type },
    });
  }
  return result;
}

/** The removed key, or undefined when it is not the user's or already gone. */
export async function removeOwnSshKey(
  { db, clock }: { db: Db; clock: Clock },
  { user, origin, keyId }: Change & { keyId: string },
): Promise<SshKey | undefined> {
  const removed = await deleteSshKey(db, user.id, keyId);
  if (removed !== undefined) {
    await recordAuditEvent(db, {
      event: "ssh_key.removed",
      at: clock.now(),
      actorId: user.id,
      targetId: user.id,
      targetEmail: user.email,
      origin,
      details: { fingerprint: removed.fingerprint },
    });
  }
  return removed;
}
