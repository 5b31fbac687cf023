// The import itself (docs/admin.md, "Importing users"): all or nothing for the file. In one
// transaction the plan is made again and must be the one the admin's dry run showed (same
// digest) and free of errors; then every create, update and group join of it is written and
// audited. After the commit each created user gets an invitation mail to choose a password.
import { randomUUID } from "node:crypto";
import { addGroupMember } from "../../apps/app-store.ts";
import { hashPassword } from "../../auth/password.ts";
import type { Clock, Random } from "../../lib/clock.ts";
import type { Mailer } from "../../mail/mailer.ts";
import type { UserImportResult } from "../../schemas/admin-import.ts";
import type { Db } from "../../storage/database.ts";
import type { User } from "../../storage/schema.ts";
import { emptyProfile, findUserById, insertUser, updateUser } from "../../storage/users.ts";
import { auditAdminChange, inTransaction, type AdminActor } from "../admin-actor.ts";
import { sendInvitation } from "../invite.ts";
import { freeUsername, generateTemporaryPassword, organizationOf } from "../user-admin.ts";
import { columnFields, planImport, type PlannedWrite } from "./import-plan.ts";

export type ImportRefusal = { ok: false; reason: "plan_changed" | "has_errors" };

type ImportContext = { db: Db; clock: Clock; random: Random; mailer: Mailer };

export async function applyImport(
  actor: AdminActor,
  context: ImportContext,
  portalOrigin: string,
  csv: string,
  digest: string,
): Promise<{ ok: true; result: UserImportResult } | ImportRefusal> {
  // One hash of a random password nobody keeps, for every created account: invited users have no
  // usable password until their link sets one, and one argon2 run per row would take minutes.
  const unusableHash = await hashPassword(generateTemporaryPassword());
  const applied = await inTransaction(actor, async (actor) => {
    const { plan, writes } = await planImport(actor.db, csv);
    if (plan.digest !== digest) {
      return { ok: false, reason: "plan_changed" } as const;
    }
    if (plan.problem !== null || plan.counts.error > 0) {
      return { ok: false, reason: "has_errors" } as const;
    }
    const created: User[] = [];
    for (const write of writes) {
      if (write.row.outcome === "create") {
        created.push(await createRow(actor, write, unusableHash));
      } else if (write.row.outcome === "update" && write.user !== undefined) {
        await updateRow(actor, write, write.user);
      }
    }
    await auditAdminChange(actor, "users.imported", {
      details: {
        created: plan.counts.create,
        updated: plan.counts.update,
        unchanged: plan.counts.unchanged,
      },
    });
    return { ok: true, created, counts: plan.counts } as const;
  });
  if (!applied.ok) {
    return applied;
  }
  let invitationsSent = 0;
  for (const user of applied.created) {
    try {
      await sendInvitation(context, portalOrigin, user);
      invitationsSent += 1;
    } catch {
      // Counted, not fatal: the accounts exist, and the console can send the invitation again.
    }
  }
  return {
    ok: true,
    result: {
      created: applied.counts.create,
      updated: applied.counts.update,
      unchanged: applied.counts.unchanged,
      invitationsSent,
      invitationsFailed: applied.created.length - invitationsSent,
    },
  };
}

async function createRow(actor: AdminActor, write: PlannedWrite, passwordHash: string) {
  const { db, now } = actor;
  const id = randomUUID();
  const { email } = write.row;
  const firstName = write.values.given_name ?? "";
  const lastName = write.values.family_name ?? "";
  await insertUser(db, {
    id,
    organization_id: await organizationOf(db, now),
    email,
    username: await freeUsername(db, email.split("@")[0] ?? email),
    first_name: firstName,
    last_name: lastName,
    display_name: `${firstName} ${lastName}`,
    role: "user",
    status: "active",
    password_hash: passwordHash,
    must_change_password: 0,
    password_changed_at: now,
    invited_at: now,
    ...emptyProfile,
    employee_id: write.values.employee_id ?? null,
    department: write.values.department ?? null,
    manager: write.values.manager_email ?? null,
    created_at: now,
    updated_at: now,
  });
  await auditAdminChange(actor, "user.created", {
    target: { id, email },
    details: { role: "user", invited: "yes", source: "import" },
  });
  await joinGroups(actor, write, id);
  return (await findUserById(db, id)) as User;
}

async function updateRow(actor: AdminActor, write: PlannedWrite, user: User) {
  const changes = Object.fromEntries(
    write.row.changes.map((change) => [
      columnFields[change.field as keyof typeof columnFields],
      change.after,
    ]),
  );
  if (write.row.changes.length > 0) {
    await updateUser(actor.db, user.id, { ...changes, updated_at: actor.now });
    await auditAdminChange(actor, "user.updated", {
      target: user,
      details: {
        fields: write.row.changes.map((change) => change.field),
        before: Object.fromEntries(write.row.changes.map((c) => [c.field, c.before])),
        after: Object.fromEntries(write.row.changes.map((c) => [c.field, c.after])),
        source: "import",
      },
    });
  }
  await joinGroups(actor, write, user.id);
}

async function joinGroups(actor: AdminActor, write: PlannedWrite, userId: string) {
  for (const [index, groupId] of write.groupIds.entries()) {
    await addGroupMember(actor.db, groupId, userId);
    await auditAdminChange(actor, "group.member_added", {
      targetId: groupId,
      details: { userId, group: write.row.joins[index] ?? "", source: "import" },
    });
  }
}
