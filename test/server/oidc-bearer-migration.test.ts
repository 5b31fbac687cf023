// Migration 0210: codes and tokens the OpenID Provider stored before they were hashed held their raw
// values; the migration drops exactly those and keeps the sessions and grants beside them.
import type { Kysely } from "kysely";
import { expect, it } from "vitest";
import * as bearerIdsHashed from "../../server/storage/migrations/0210-oidc-bearer-ids-hashed.ts";
import { dialects } from "../fixtures/databases.ts";
import { startTestServer } from "../fixtures/test-server.ts";

const models = [
  "AuthorizationCode",
  "AccessToken",
  "RefreshToken",
  "ClientCredentials",
  "Session",
  "Grant",
  "Interaction",
];

for (const dialect of dialects) {
  it(`on ${dialect}, drops the raw codes and tokens stored before hashing, and nothing else`, async () => {
    const server = await startTestServer(dialect);
    try {
      for (const model of models) {
        await server.context.db
          .insertInto("oidc_payloads")
          .values({
            model,
            id: `raw-${model}`,
            payload: JSON.stringify({ jti: `raw-${model}` }),
            grant_id: null,
            uid: null,
            user_code: null,
            expires_at: null,
            consumed_at: null,
          })
          .execute();
      }
      await bearerIdsHashed.up(server.context.db as unknown as Kysely<unknown>);
      const left = await server.context.db
        .selectFrom("oidc_payloads")
        .select("model")
        .orderBy("model")
        .execute();
      expect(left.map((row) => row.model)).toEqual(["Grant", "Interaction", "Session"]);
    } finally {
      await server.close();
    }
  });
}
