// The OpenID Provider's sessions (the `_session` cookie), interactions and other entries but grants
// are now stored under SHA-256 of their id, without it in the payload (server/oidc/stored-ids.ts).
// Sessions written before are rewritten so rather than dropped: whoever is signed in through the
// OP stays signed in, and the access tokens bound to a session (found by its uid, which stays)
// keep working. A session's `state` (a logout form's xsrf secret and resume URL, alive only until
// that form posts itself) is dropped, not sealed; interactions (a sign-in under way, ten minutes at
// most) are deleted, so such a sign-in starts again from the app. Codes and tokens were hashed by
// 0210 and grants keep their ids: neither is touched.
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";

type PayloadRow = { model: string; id: string; payload: string };
type Tables = { oidc_payloads: PayloadRow };

const rehashedModels = [
  "Session",
  "ReplayDetection",
  "PushedAuthorizationRequest",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
  "RegistrationAccessToken",
  "InitialAccessToken",
  "PreAuthorizedCode",
];

async function rehash(db: Kysely<Tables>): Promise<void> {
  await db.deleteFrom("oidc_payloads").where("model", "=", "Interaction").execute();
  const rows = await db
    .selectFrom("oidc_payloads")
    .select(["model", "id", "payload"])
    .where("model", "in", rehashedModels)
    .execute();
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    delete payload.jti;
    if (row.model === "Session") {
      delete payload.state;
    }
    await db
      .updateTable("oidc_payloads")
      .set({
        id: createHash("sha256").update(row.id).digest("base64url"),
        payload: JSON.stringify(payload),
      })
      .where("model", "=", row.model)
      .where("id", "=", row.id)
      .execute();
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const payloads = db as unknown as Kysely<Tables>;
  // SQLite runs migrations outside a transaction: a crash halfway must not hash an id twice.
  if (payloads.isTransaction) {
    await rehash(payloads);
  } else {
    await payloads.transaction().execute(rehash);
  }
}

export async function down(): Promise<void> {
  // Nothing to restore: the raw ids are gone by design. Code from before this migration finds
  // none of the rewritten sessions, so their users sign in to their apps again.
}
