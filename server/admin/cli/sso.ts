// `gatehouse-admin sso rotate-keys …`: new signing or cookie keys for the SSO engine, sealed with
// the same server key the servers use; running servers switch to them within seconds
// (server/admin/sso-key-admin.ts announces the rotation on the change channel).
import { systemClock, systemRandom } from "../../lib/clock.ts";
import type { SsoKeyPurpose } from "../../storage/apps-schema.ts";
import { announceNothing } from "../../storage/change-topics.ts";
import { rotateKeys, ssoKeyPurposes } from "../sso-key-admin.ts";
import { required, UsageError, type AdminIo } from "./io.ts";

export const ssoUsage =
  "  sso rotate-keys oidc-signing|saml-signing|oidc-cookie   (running servers switch within seconds)";

export async function runSsoCommand(argv: string[], io: AdminIo): Promise<void> {
  const [, verb = "", target] = argv;
  if (verb !== "rotate-keys") {
    throw new UsageError(`Unknown command "sso ${verb}".\n\n${ssoUsage}`);
  }
  const purpose = required(target, "a key purpose") as SsoKeyPurpose;
  if (!ssoKeyPurposes.includes(purpose)) {
    throw new UsageError("Name the keys: oidc-signing, saml-signing or oidc-cookie.");
  }
  const rotated = await rotateKeys(
    {
      db: io.db,
      clock: systemClock,
      random: systemRandom,
      config: io.config ?? { mode: "production", secretKey: undefined },
      actorId: "cli",
      announce: io.announce ?? announceNothing,
    },
    purpose,
  );
  if (!rotated.ok) {
    throw new UsageError("There is no organization yet.");
  }
  io.print(
    `Rotated ${purpose} keys; running servers sign with them within seconds (old keys stay published).`,
  );
}
