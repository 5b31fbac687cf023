// The OIDC token endpoint's ceiling in `npm run bench` (bench/oidc-alone-ceiling.ts): oidc-provider
// alone really redeems the codes it minted, and every run stops at its count or its deadline.
import { Agent } from "node:http";
import { describe, expect, it } from "vitest";
import { measureOidcAloneCeiling } from "../../../bench/oidc-alone-ceiling.ts";
import { redeemAll } from "../../../bench/token-request.ts";

describe("oidc-provider alone, the token endpoint's ceiling", () => {
  it("redeems the codes it was asked for (one warms up) and reports a rate", async () => {
    const measured = await measureOidcAloneCeiling({
      codes: 6,
      concurrency: 2,
      deadlineMs: 60_000,
    });
    expect(measured.redeemed).toBe(5);
    expect(measured.tokensPerCpuSecond).toBeGreaterThanOrEqual(0);
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
