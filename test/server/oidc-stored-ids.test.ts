// Every model oidc-provider persists (read from the installed oidc-provider itself, so one a new
// version adds is covered too), on both databases, with generated ids and payloads: stored under
// SHA-256 of its id with the id and the values its payload copies nowhere in the row, found,
// consumed and destroyed by the id and never by what is stored; a Grant alone keeps its id
// (server/oidc/stored-ids.ts). The features whose entries could not be found by another key are off.
import { createHash, generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import Provider from "oidc-provider";
import { describe, expect, it } from "vitest";
import { createOidcAdapterFactory } from "../../server/oidc/oidc-adapter.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabase } from "../fixtures/migrated-database.ts";
import { findSecretsInDatabase } from "../fixtures/database-scan.ts";
import type { Db } from "../../server/storage/database.ts";

/** The models whose entries go through the adapter: every model class with an adapter. */
function persistedModels(db: Db): string[] {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const provider = new Provider("http://localhost/oidc", {
    adapter: createOidcAdapterFactory(db),
    jwks: { keys: [privateKey.export({ format: "jwk" })] },
    features: { devInteractions: { enabled: false } },
  });
  return Object.entries(Object.getOwnPropertyDescriptors(Provider.prototype)).flatMap(
    ([name, descriptor]) => {
      const isModel = /^[A-Z]/.test(name) && descriptor.get !== undefined;
      if (!isModel || name === "BaseToken" || name === "Client") {
        return []; // BaseToken is abstract; clients come from the app catalog
      }
      const model: unknown = descriptor.get?.call(provider);
      return typeof model === "function" && "adapter" in model ? [name] : [];
    },
  );
}

const nanoid = fc.stringMatching(/^[A-Za-z0-9_-]{21,43}$/);
const field = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string()));
const extraFields = fc.dictionary(fc.stringMatching(/^extra[A-Za-z]{1,8}$/), field, { maxKeys: 4 });

/** A payload shaped as oidc-provider writes one for the model, with another held value copied in. */
function payloadFor(model: string, id: string, copied: string, extra: Record<string, unknown>) {
  const base = { ...extra, iat: 1, exp: 4_000_000_000, kind: model, jti: id };
  switch (model) {
    case "Session":
      return {
        ...base,
        uid: "uid-of-session",
        accountId: "account",
        state: { secret: copied, postLogoutRedirectUri: `https://op.example/auth/${copied}` },
      };
    case "Interaction":
      return {
        ...base,
        returnTo: `https://op.example/auth/${id}`,
        session: { uid: "uid", cookie: copied, accountId: "account" },
      };
    default:
      return { ...base, grantId: "grant" };
  }
}

for (const dialect of dialects) {
  describe(`oidc-provider's entries at rest on ${dialect}`, () => {
    const database = migratedDatabase(dialect);

    it("knows oidc-provider's models", () => {
      expect(persistedModels(database.db)).toEqual(
        expect.arrayContaining([
          "Grant",
          "Session",
          "Interaction",
          "AccessToken",
          "AuthorizationCode",
          "RefreshToken",
          "ClientCredentials",
          "InitialAccessToken",
          "RegistrationAccessToken",
          "DeviceCode",
          "BackchannelAuthenticationRequest",
          "PreAuthorizedCode",
          "PushedAuthorizationRequest",
          "ReplayDetection",
        ]),
      );
    });

    it("stores each model's entries without their id and finds them only by it", async () => {
      const models = persistedModels(database.db);
      const adapters = createOidcAdapterFactory(database.db);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...models),
          nanoid,
          nanoid,
          extraFields,
          async (model, id, copied, extra) => {
            fc.pre(id !== copied);
            await database.db.deleteFrom("oidc_payloads").execute(); // what a failed run left
            const adapter = adapters(model);
            const payload = payloadFor(model, id, copied, extra);
            await adapter.upsert(id, payload, 3600);
            const [stored] = await database.db
              .selectFrom("oidc_payloads")
              .select("id")
              .where("model", "=", model)
              .execute();
            if (model === "Grant") {
              expect(stored?.id).toBe(id);
            } else {
              const secrets = [
                { name: "id", value: id },
                { name: "copied", value: copied },
              ];
              expect(await findSecretsInDatabase(database.db, dialect, secrets)).toEqual([]);
              expect(await adapter.find(stored?.id ?? "")).toBeUndefined();
              // What earlier releases and migrations 0210 and 0270 stored: still found.
              expect(stored?.id).toBe(createHash("sha256").update(id).digest("base64url"));
            }
            expect(await adapter.find(id)).toEqual(payload);
            if (model === "Session") {
              const byUid = await adapter.findByUid("uid-of-session");
              expect(byUid).toMatchObject({ accountId: "account" });
              expect(byUid).not.toHaveProperty("jti");
              expect(byUid).not.toHaveProperty("state");
            }
            await adapter.consume(id);
            expect(await adapter.find(id)).toHaveProperty("consumed");
            await adapter.destroy(id);
            expect(await adapter.find(id)).toBeUndefined();
            expect(await database.db.selectFrom("oidc_payloads").select("id").execute()).toEqual(
              [],
            );
          },
        ),
        { numRuns: 60 },
      );
    });

    it("refuses to find a device code by its user code rather than lose its id", async () => {
      await expect(
        createOidcAdapterFactory(database.db)("DeviceCode").findByUserCode("ABCD-EFGH"),
      ).rejects.toThrow("not found by user code");
    });
  });
}
