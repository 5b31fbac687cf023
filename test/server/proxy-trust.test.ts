// Only a trusted proxy may name the client's address: behind the listed load balancer each client
// has its own rate-limit count, while X-Forwarded-For from any other peer is ignored — and the
// log says, once per peer, that a proxy nobody listed is in front of the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { everyPeer } from "../../server/config/trusted-proxies.ts";
import { startTestServer, testOrigin, type TestServer } from "../fixtures/test-server.ts";

const balancer = "10.0.0.5";

function identify(server: TestServer, from: string, forwardedFor: string | undefined, n: number) {
  return server.request({
    method: "POST",
    url: "/api/auth/identify",
    remoteAddress: from,
    headers: {
      origin: testOrigin,
      "content-type": "application/json",
      ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
    },
    payload: JSON.stringify({ email: `client${n}@example.com` }),
  });
}

describe("trusted proxies", () => {
  let server: TestServer;
  const logLines: string[] = [];
  let request = 0;
  const next = () => (request += 1);

  beforeAll(async () => {
    server = await startTestServer("sqlite", {
      config: { signInRateLimitPerMinute: 1, trustedProxies: [`${balancer}/32`], logLevel: "warn" },
      logStream: { write: (line) => logLines.push(line) },
    });
  });
  afterAll(() => server.close());

  it("behind the trusted load balancer, each client has its own count", async () => {
    expect((await identify(server, balancer, "203.0.113.1", next())).statusCode).toBe(200);
    expect((await identify(server, balancer, "203.0.113.2", next())).statusCode).toBe(200);
    expect((await identify(server, balancer, "203.0.113.1", next())).statusCode).toBe(429);
  });

  it("a client cannot choose its address by sending X-Forwarded-For itself", async () => {
    expect((await identify(server, "192.0.2.9", "198.51.100.1", next())).statusCode).toBe(200);
    expect((await identify(server, "192.0.2.9", "198.51.100.2", next())).statusCode).toBe(429);
    // Through the balancer, an address the client prepended is not the client's either.
    const chain = "198.51.100.3, 203.0.113.7";
    expect((await identify(server, balancer, chain, next())).statusCode).toBe(200);
    expect((await identify(server, balancer, "203.0.113.7", next())).statusCode).toBe(429);
  });

  it("says once per peer that requests come through a proxy that is not trusted", async () => {
    await identify(server, "192.0.2.10", "198.51.100.4", next());
    await identify(server, "192.0.2.10", "198.51.100.5", next());
    const warnings = (peer: string) =>
      logLines.filter((line) => line.includes(`Requests arrive from ${peer} with X-Forwarded-For`));
    expect(warnings("192.0.2.10")).toHaveLength(1);
    expect(warnings("192.0.2.9")).toHaveLength(1);
    expect(warnings(balancer)).toHaveLength(0);
    expect(warnings("192.0.2.10")[0]).toContain("GATEHOUSE_TRUSTED_PROXIES");
  });
});

describe("GATEHOUSE_TRUST_PROXY=true, the older all-or-nothing setting", () => {
  it("trusts every peer and warns at start-up that anyone can choose their address", async () => {
    const logLines: string[] = [];
    const server = await startTestServer("sqlite", {
      config: { signInRateLimitPerMinute: 1, trustedProxies: everyPeer, logLevel: "warn" },
      logStream: { write: (line) => logLines.push(line) },
    });
    try {
      expect(logLines.join("\n")).toContain("X-Forwarded-For is trusted from every peer");
      expect((await identify(server, "192.0.2.20", "198.51.100.20", 1)).statusCode).toBe(200);
      expect((await identify(server, "192.0.2.20", "198.51.100.21", 2)).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });
});
