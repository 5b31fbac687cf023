// Changing a policy from the CLI or the admin API: merge the changes over the current value,
// validate the whole, then in one transaction store it, remember who changed each setting last
// (table policy_setting_changes) and audit the settings' values before and after; once committed,
// tell every running instance (the `policies` change topic), so caches of the policies are renewed.
import type { AuditDetails } from "../audit/audit-log.ts";
import { readPolicy, validatePolicy, writePolicy } from "../policies/policy-store.ts";
import type { Policies, PolicyKind } from "../schemas/policies.ts";
import { changeTopics, type AnnounceChange } from "../storage/change-topics.ts";
import type { Db } from "../storage/database.ts";
import { auditAdminChange, inTransaction, type AdminActor } from "./admin-actor.ts";

export type SettingChange = { changedAt: number; changedBy: string | null };

export async function changePolicy<K extends PolicyKind>(
  actor: AdminActor,
  kind: K,
  changes: Record<string, unknown>,
  announce: AnnounceChange,
): Promise<{ ok: true; value: Policies[K] } | { ok: false; problem: string }> {
  const result = await inTransaction(
    actor,
    async (actor): Promise<{ ok: true; value: Policies[K] } | { ok: false; problem: string }> => {
      const current = (await readPolicy(actor.db, kind)) as Record<string, unknown>;
      const checked = validatePolicy(kind, { ...current, ...changes });
      if (!checked.ok) {
        return checked;
      }
      const next = checked.value as Record<string, unknown>;
      const changed = Object.keys(changes).filter(
        (key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]),
      );
      await writePolicy(actor.db, kind, checked.value, { now: actor.now, actorId: actor.actorId });
      for (const setting of changed) {
        await rememberSettingChange(actor, kind, setting);
      }
      await auditAdminChange(actor, "policy.changed", {
        targetId: kind,
        details: {
          kind,
          changed,
          before: valuesOf(current, changed),
          after: valuesOf(next, changed),
        },
      });
      return { ok: true, value: checked.value };
    },
  );
  if (result.ok) {
    await announce(changeTopics.policies);
  }
  return result;
}

/** Who changed each setting of every policy last, keyed "kind.setting". */
export async function settingChanges(db: Db): Promise<Record<string, SettingChange>> {
  const rows = await db.selectFrom("policy_setting_changes").selectAll().execute();
  return Object.fromEntries(
    rows.map((row) => [
      `${row.kind}.${row.setting}`,
      { changedAt: Number(row.changed_at), changedBy: row.changed_by },
    ]),
  );
}

async function rememberSettingChange(actor: AdminActor, kind: string, setting: string) {
  const row = { kind, setting, changed_at: actor.now, changed_by: actor.actorId };
  await actor.db
    .insertInto("policy_setting_changes")
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(["kind", "setting"])
        .doUpdateSet({ changed_at: row.changed_at, changed_by: row.changed_by }),
    )
    .execute();
}

/** Setting values for the audit log: policies hold numbers, words and word lists, no secrets. */
function valuesOf(policy: Record<string, unknown>, settings: string[]): AuditDetails[string] {
  return Object.fromEntries(
    settings.map((setting) => {
      const value = policy[setting];
      return [
        setting,
        Array.isArray(value)
          ? value.map(String)
          : typeof value === "object" || value === undefined
            ? JSON.stringify(value ?? null)
            : (value as string | number | boolean | null),
      ];
    }),
  );
}
