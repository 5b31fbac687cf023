// An admin edits any field of a user's profile, the company email included (issue 16): the same
// checks as the user's own edit (server/profile/update-profile.ts) but no field is locked for an
// admin; an email nobody else has. One transaction, audited with the values before and after.
import { beforeAndAfter, checkProfileChange } from "../profile/update-profile.ts";
import type { ProfileChangeBody } from "../schemas/profile.ts";
import type { User } from "../storage/schema.ts";
import { findUserByEmail, findUserById, normalizeEmail, updateUser } from "../storage/users.ts";
import { auditAdminChange, inTransaction, type AdminActor } from "./admin-actor.ts";

export type AdminProfileChange = ProfileChangeBody & { email?: string };

export type AdminProfileUpdate =
  | { ok: true; user: User }
  | { ok: false; reason: "not_found" }
  | {
      ok: false;
      reason: "empty" | "not_a_date" | "username_taken" | "email_taken";
      field: string;
    };

export function updateProfileAsAdmin(
  actor: AdminActor,
  userId: string,
  change: AdminProfileChange,
): Promise<AdminProfileUpdate> {
  return inTransaction(actor, async (actor) => {
    const user = await findUserById(actor.db, userId);
    if (user === undefined) {
      return { ok: false, reason: "not_found" };
    }
    const { email, ...profile } = change;
    const checked = await checkProfileChange(actor.db, user, profile);
    if (!checked.ok) {
      return checked;
    }
    const changes = { ...checked.changes };
    if (email !== undefined && normalizeEmail(email) !== user.email) {
      const holder = await findUserByEmail(actor.db, email);
      if (holder !== undefined) {
        return { ok: false, reason: "email_taken", field: "email" };
      }
      changes.email = normalizeEmail(email);
    }
    const { before, after } = beforeAndAfter(user, changes);
    if (Object.keys(after).length > 0) {
      await updateUser(actor.db, userId, { ...changes, updated_at: actor.now });
      await auditAdminChange(actor, "user.updated", {
        target: user,
        details: { fields: Object.keys(after), changed: Object.keys(after), before, after },
      });
    }
    return { ok: true, user: (await findUserById(actor.db, userId)) as User };
  });
}
