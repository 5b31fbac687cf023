// Changing a policy from the CLI or the admin API: merge the changes over the current value,
// validate the whole, store it, audit which settings changed and tell every running instance
// (the `policies` change topic), so caches of the policies are renewed everywhere.
import { recordAuditEvent } from "../audit/audit-log.ts";
import type { Policies, PolicyKind } from "../schemas/policies.ts";
import { readPolicy, validatePolicy, writePolicy } from "../policies/policy-store.ts";
import { changeTopics, type AnnounceChange } from "../storage/change-topics.ts";
import type { AdminActor } from "./user-admin.ts";

export async function changePolicy<K extends PolicyKind>(
  actor: AdminActor,
  kind: K,
  changes: Record<string, unknown>,
  announce: AnnounceChange,
): Promise<{ ok: true; value: Policies[K] } | { ok: false; problem: string }> {
  const current = await readPolicy(actor.db, kind);
  const checked = validatePolicy(kind, { ...current, ...changes });
  if (!checked.ok) {
    return checked;
  }
  await writePolicy(actor.db, kind, checked.value, { now: actor.now, actorId: actor.actorId });
  await announce(changeTopics.policies);
  const changed = Object.keys(changes).filter(
    (key) =>
      JSON.stringify((current as Record<string, unknown>)[key]) !==
      JSON.stringify((checked.value as Record<string, unknown>)[key]),
  );
  await recordAuditEvent(actor.db, {
    event: "policy.changed",
    at: actor.now,
    actorId: actor.actorId,
    ...(actor.origin === undefined ? {} : { origin: actor.origin }),
    details: { kind, changed },
  });
  return { ok: true, value: checked.value };
}
