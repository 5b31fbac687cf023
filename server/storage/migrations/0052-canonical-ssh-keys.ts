// Stored SSH keys in their canonical encoding (issue 11): a key pasted with extra leading zero
// bytes was stored as given, with a fingerprint ssh-keygen would not print, and dodged the
// duplicate check. Each key is read again and rewritten canonically; a second copy of the same
// key is dropped (the user keeps the first). Keys OpenSSH would refuse stay, but are no longer
// exported (ssh/ssh-keys.ts).
import type { Kysely } from "kysely";
import { parseSshPublicKey } from "../../lib/openssh/ssh-public-key.ts";

type SshKeyRow = { id: string; user_id: string; fingerprint: string; public_key: string };

export async function up(db: Kysely<unknown>): Promise<void> {
  const keys = db as unknown as Kysely<{ ssh_keys: SshKeyRow & { created_at: number } }>;
  const rows = await keys
    .selectFrom("ssh_keys")
    .select(["id", "user_id", "fingerprint", "public_key"])
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const kept = new Map<string, { id: string; fingerprint: string; publicKey: string }>();
  const duplicates: string[] = [];
  for (const row of rows) {
    // The key itself (type and blob): a stored comment does not decide whether the key is valid.
    const [type = "", blob = "", ...comment] = row.public_key.split(" ");
    const parsed = parseSshPublicKey(`${type} ${blob}`);
    if (!parsed.ok) {
      continue;
    }
    const owned = `${row.user_id} ${parsed.key.fingerprint}`;
    if (kept.has(owned)) {
      duplicates.push(row.id);
    } else {
      const publicKey = [parsed.key.line, ...comment].join(" ");
      kept.set(owned, { id: row.id, fingerprint: parsed.key.fingerprint, publicKey });
    }
  }
  // Copies go first, so no rewritten fingerprint meets its twin in the unique constraint.
  for (const id of duplicates) {
    await keys.deleteFrom("ssh_keys").where("id", "=", id).execute();
  }
  for (const key of kept.values()) {
    await keys
      .updateTable("ssh_keys")
      .set({ fingerprint: key.fingerprint, public_key: key.publicKey })
      .where("id", "=", key.id)
      .execute();
  }
}

export function down(): Promise<void> {
  return Promise.resolve(); // the canonical encoding is the same key: nothing to undo
}
