// Expired OpenID Provider entries (codes, tokens, sessions, grants in `oidc_payloads`) go on a
// timer, without loading oidc-provider itself (see oidc-paths.ts).
import type { Db } from "../storage/database.ts";

/** The background job's name, also its lock's (storage/job-lock.ts). */
export const oidcPayloadSweepJob = "oidc-payload-sweep";

/** Drops expired entries; run now and then so the table does not grow without bound. */
export async function sweepExpiredOidcPayloads(db: Db): Promise<void> {
  await db.deleteFrom("oidc_payloads").where("expires_at", "<", Date.now()).execute();
}
