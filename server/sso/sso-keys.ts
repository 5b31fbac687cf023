// Per-organization keys of the SSO engines, generated on first use and kept in the database so
// every server instance signs with the same ones: OIDC token signing (RS256 and ES256 JWKs), the
// SAML signing key with its self-signed certificate, and the OpenID Provider's cookie keys.
// Rotation adds a fresh key and retires the current one; retired signing keys stay published
// (JWKS, SAML metadata) so tokens and sessions issued before it keep verifying. Private keys are
// sealed at rest (AES-256-GCM under the server key, bound to the row id), so a copy of the
// database alone cannot sign assertions or ID tokens.
import { createPrivateKey, generateKeyPairSync, randomUUID } from "node:crypto";
import { openSecret, sealSecret } from "../lib/secret-box.ts";
import type { Clock, Random } from "../lib/clock.ts";
import type { SsoKey, SsoKeyPurpose } from "../storage/apps-schema.ts";
import type { Db } from "../storage/database.ts";
import { createSelfSignedCertificate } from "./self-signed-certificate.ts";

export type KeyContext = { db: Db; clock: Clock; random: Random; sealingKey: Buffer };

const samlCertificateYears = 10;

function generate(
  purpose: SsoKeyPurpose,
  algorithm: string,
  { clock, random }: Omit<KeyContext, "db">,
): Pick<SsoKey, "private_key" | "certificate"> {
  if (purpose === "oidc-cookie") {
    return { private_key: random.bytes(32).toString("base64url"), certificate: null };
  }
  if (purpose === "oidc-signing") {
    const { privateKey } =
      algorithm === "ES256"
        ? generateKeyPairSync("ec", { namedCurve: "P-256" })
        : generateKeyPairSync("rsa", { modulusLength: 2048 });
    return { private_key: JSON.stringify(privateKey.export({ format: "jwk" })), certificate: null };
  }
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const now = new Date(clock.now());
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(now.getUTCFullYear() + samlCertificateYears);
  const serial = random.bytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // positive
  return {
    private_key: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    certificate: createSelfSignedCertificate({
      privateKey,
      commonName: "Gatehouse SAML signing",
      serial,
      notBefore: new Date(now.getTime() - 5 * 60_000),
      notAfter,
    }),
  };
}

const wanted: { purpose: SsoKeyPurpose; algorithm: string }[] = [
  { purpose: "oidc-signing", algorithm: "RS256" },
  { purpose: "oidc-signing", algorithm: "ES256" },
  { purpose: "saml-signing", algorithm: "RS256" },
  { purpose: "oidc-cookie", algorithm: "HS256" },
];

async function insertKey(
  context: KeyContext,
  organizationId: string,
  purpose: SsoKeyPurpose,
  algorithm: string,
): Promise<void> {
  const id = randomUUID();
  const generated = generate(purpose, algorithm, context);
  await context.db
    .insertInto("sso_keys")
    .values({
      id,
      organization_id: organizationId,
      purpose,
      algorithm,
      private_key: sealSecret(context.sealingKey, generated.private_key, id, context.random),
      certificate: generated.certificate,
      created_at: context.clock.now(),
      retired_at: null,
    })
    .execute();
}

/** Creates whichever active key the organization is missing; returns all of its keys. */
export async function ensureSsoKeys(
  context: KeyContext,
  organizationId: string,
): Promise<SsoKey[]> {
  const existing = await listKeys(context, organizationId);
  for (const { purpose, algorithm } of wanted) {
    const active = existing.some(
      (key) => key.purpose === purpose && key.algorithm === algorithm && key.retired_at === null,
    );
    if (!active) {
      await insertKey(context, organizationId, purpose, algorithm);
    }
  }
  return listKeys(context, organizationId);
}

/** Retires the active keys of a purpose and creates new ones. Servers load them at start. */
export async function rotateSsoKeys(
  context: KeyContext,
  organizationId: string,
  purpose: SsoKeyPurpose,
): Promise<void> {
  // Within the caller's transaction when there is one (an admin's rotation and its audit line).
  const within = (work: (db: KeyContext["db"]) => Promise<void>) =>
    context.db.isTransaction ? work(context.db) : context.db.transaction().execute(work);
  await within(async (transaction) => {
    await transaction
      .updateTable("sso_keys")
      .set({ retired_at: context.clock.now() })
      .where("organization_id", "=", organizationId)
      .where("purpose", "=", purpose)
      .where("retired_at", "is", null)
      .execute();
    for (const key of wanted.filter((candidate) => candidate.purpose === purpose)) {
      await insertKey({ ...context, db: transaction }, organizationId, purpose, key.algorithm);
    }
  });
}

/** The organization's keys with their private halves opened; throws on a wrong server key. */
export async function listKeys(
  { db, sealingKey }: Pick<KeyContext, "db" | "sealingKey">,
  organizationId: string,
): Promise<SsoKey[]> {
  const rows = await db
    .selectFrom("sso_keys")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    ...row,
    private_key: openSecret(sealingKey, row.private_key, row.id),
  }));
}

/** Active keys first, then retired ones, newest first: the order signers and JWKS want. */
export function publishableKeys(keys: SsoKey[], purpose: SsoKeyPurpose): SsoKey[] {
  const ofPurpose = keys.filter((key) => key.purpose === purpose);
  return [
    ...ofPurpose.filter((key) => key.retired_at === null),
    ...ofPurpose.filter((key) => key.retired_at !== null).slice(0, 4),
  ];
}

export function samlSigningKey(keys: SsoKey[]): { privateKeyPem: string; certificatePem: string } {
  const key = publishableKeys(keys, "saml-signing")[0];
  if (key?.certificate === null || key === undefined) {
    throw new Error("No SAML signing key");
  }
  createPrivateKey(key.private_key); // fails loudly on a corrupt key, before any response is built
  return { privateKeyPem: key.private_key, certificatePem: key.certificate };
}

/** The organization the SSO engines sign for (one organization per server today). */
export async function ssoOrganizationId(db: Db): Promise<string | undefined> {
  const organization = await db
    .selectFrom("organizations")
    .select("id")
    .orderBy("created_at")
    .executeTakeFirst();
  return organization?.id;
}
