// `gatehouse-admin sso rotate-keys …`: new signing or cookie keys for the SSO engine, sealed with
// the same server key the servers use; servers pick them up at their next start.
import { recordAuditEvent } from "../../audit/audit-log.ts";
import { systemClock, systemRandom } from "../../lib/clock.ts";
import { rotateSsoKeys, ssoOrganizationId } from "../../sso/sso-keys.ts";
import type { SsoKeyPurpose } from "../../storage/apps-schema.ts";
import { resolveSecretKey } from "../../storage/server-key.ts";
import { cliActor, required, UsageError, type AdminIo } from "./io.ts";

export const ssoUsage =
  "  sso rotate-keys oidc-signing|saml-signing|oidc-cookie   (servers pick new keys up at restart)";

const purposes: SsoKeyPurpose[] = ["oidc-signing", "saml-signing", "oidc-cookie"];

export async function runSsoCommand(argv: string[], io: AdminIo): Promise<void> {
  const [, verb = "", target] = argv;
  if (verb !== "rotate-keys") {
    throw new UsageError(`Unknown command "sso ${verb}".\n\n${ssoUsage}`);
  }
  const purpose = required(target, "a key purpose") as SsoKeyPurpose;
  if (!purposes.includes(purpose)) {
    throw new UsageError("Name the keys: oidc-signing, saml-signing or oidc-cookie.");
  }
  const organizationId = await ssoOrganizationId(io.db);
  if (organizationId === undefined) {
    throw new UsageError("There is no organization yet.");
  }
  const keyContext = { db: io.db, clock: systemClock, random: systemRandom };
  // The same server key the servers seal with: GATEHOUSE_SECRET_KEY, or the generated one of a
  // demo or development database.
  const sealingKey = await resolveSecretKey({
    ...keyContext,
    config: io.config ?? { mode: "production", secretKey: undefined },
  });
  await rotateSsoKeys({ ...keyContext, sealingKey }, organizationId, purpose);
  await recordAuditEvent(io.db, {
    event: "sso.keys_rotated",
    at: cliActor(io).now,
    actorId: "cli",
    details: { purpose },
  });
  io.print(
    `Rotated ${purpose} keys; restart the servers to sign with them (old keys stay published).`,
  );
}
