// The OIDC token endpoint's ceiling in `npm run bench` (bench/oidc-alone-ceiling.ts): oidc-provider
// alone really redeems the codes it minted, in memory or on PostgreSQL through the plain adapter
// (bench/postgres-oidc-adapter.ts), and every run stops at its count or its deadline.
import { Agent } from "node:http";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { measureOidcAloneCeiling } from "../../../bench/oidc-alone-ceiling.ts";
import { createTestDatabase } from "../../fixtures/databases.ts";
import { redeemAll } from "../../../bench/token-request.ts";

describe("oidc-provider alone, the token endpoint's ceiling", () => {
  it("redeems the codes it was asked for after its warm-up's and reports a rate", async () => {
    const measured = await measureOidcAloneCeiling({
      codes: 5,
      warmUp: 3,
      concurrency: 2,
      deadlineMs: 60_000,
    });
    expect(measured.redeemed).toBe(5);
    expect(measured.tokensPerCpuSecond).toBeGreaterThanOrEqual(0);
  });

  it("on PostgreSQL, redeems its codes with their entries in the database", async () => {
    const database = await createTestDatabase("postgres");
    const url = database.config.dialect === "postgres" ? database.config.url : "";
    let counted = 0;
    try {
      const measured = await measureOidcAloneCeiling({
        codes: 5,
        warmUp: 3,
        concurrency: 2,
        deadlineMs: 60_000,
        postgres: { url, databaseCpu: () => (counted += 1) },
      });
      expect(measured.redeemed).toBe(5);
      expect(counted).toBe(2); // before and after the measured run
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ model: string; count: string; consumed: string }>(
        "select model, count(*), count(consumed_at) as consumed from bench_alone_oidc_payloads group by model order by model",
      );
      await client.end();
      // The warm-up's three codes were redeemed too, only not counted.
      expect(rows).toEqual([
        { model: "AccessToken", count: "8", consumed: "0" },
        { model: "AuthorizationCode", count: "8", consumed: "8" },
        { model: "Grant", count: "8", consumed: "0" },
        { model: "Session", count: "8", consumed: "0" },
      ]);
    } finally {
      await database.drop();
    }
  });

  it("sends nothing once its deadline has passed", async () => {
    const agent = new Agent();
    const client = {
      tokenUrl: "http://127.0.0.1:9/token", // nothing listens: a request would throw
      clientId: "unused",
      secret: "unused",
      redirectUri: "https://rp.example/callback",
      agent,
    };
    const grants = [{ code: "a", verifier: "b" }];
    await expect(redeemAll(client, grants, { concurrency: 4, deadlineMs: 0 })).resolves.toBe(0);
    agent.destroy();
  });
});
