// The GET /api/me bench's load (bench/me-rounds.ts) against a real HTTP server: every loop stops at
// its count or its deadline, a refused request stops the bench with the answer, and the two
// servers take turns so that each goes first as often and each figure is its rounds' median.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { load, measurePair, turnOrder, type MeTarget } from "../../../bench/me-rounds.ts";

/** A server counting the GET /api/me it answers: 200 with the cookie, 401 without. */
function countingServer(): { server: Server; served: () => number } {
  let served = 0;
  const server = createServer((request, response) => {
    served += 1;
    const signedIn = request.url === "/api/me" && request.headers.cookie === "gh_session=x";
    response.writeHead(signedIn ? 200 : 401, { "content-type": "application/json" });
    response.end(signedIn ? '{"user":{}}' : '{"code":"UNAUTHENTICATED"}');
  });
  return { server, served: () => served };
}

const servers = [countingServer(), countingServer()];
const origins: string[] = [];

beforeAll(async () => {
  for (const { server } of servers) {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origins.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
});

afterAll(async () => {
  await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

describe("the GET /api/me bench load", () => {
  it("sends exactly its count of requests with 32 in flight, and times each", async () => {
    const before = servers[0]!.served();
    for (const requests of [1, 31, 32, 33, 100]) {
      const latencies = await load(origins[0]!, "gh_session=x", {
        requests,
        milliseconds: 60_000,
      });
      expect(latencies).toHaveLength(requests);
      expect(latencies.every((latency) => latency >= 0)).toBe(true);
    }
    expect(servers[0]!.served() - before).toBe(1 + 31 + 32 + 33 + 100);
  });

  it("sends nothing once its deadline has passed", async () => {
    const before = servers[0]!.served();
    await expect(
      load(origins[0]!, "gh_session=x", { requests: 1000, milliseconds: 0 }),
    ).resolves.toEqual([]);
    expect(servers[0]!.served()).toBe(before);
  });

  it("stops with the server's answer when a request is refused", async () => {
    await expect(
      load(origins[0]!, "gh_session=wrong", { requests: 5, milliseconds: 60_000 }),
    ).rejects.toThrow(/answered 401: \{"code":"UNAUTHENTICATED"\}/);
  });
});

describe("the two servers' rounds", () => {
  it("take turns ABBA…, each server first in half the pairs", () => {
    expect(turnOrder(4)).toEqual(["a", "b", "b", "a", "a", "b", "b", "a"]);
    const leaders = Array.from({ length: 6 }, (_, pair) => turnOrder(6)[pair * 2]);
    expect(leaders.filter((turn) => turn === "a")).toHaveLength(3);
  });

  it("warm each server up uncounted, then report each figure as its rounds' median", async () => {
    // CPU seconds that grow by a set amount per round: the figures follow from them alone.
    const cpuOf = (perRead: number[]) => {
      let spent = 0;
      let read = 0;
      return () => (spent += read++ % 2 === 1 ? (perRead.shift() ?? 0) : 0);
    };
    const target = (origin: string, perRound: number[]): MeTarget => ({
      origin,
      cpuSeconds: cpuOf([...perRound]),
      databaseCpuSeconds: () => 0,
    });
    const before = servers.map(({ served }) => served());
    const { gatehouse, minimal } = await measurePair({
      gatehouse: target(origins[0]!, [1, 2, 4, 0.5]),
      minimal: target(origins[1]!, [2, 2, 1, 1]),
      cookie: "gh_session=x",
      pairs: 4,
      bounds: {
        warmUp: { requests: 40, milliseconds: 60_000 },
        round: { requests: 100, milliseconds: 60_000 },
      },
    });
    expect(servers.map(({ served }, index) => served() - before[index]!)).toEqual([440, 440]);
    expect(gatehouse.rounds.map((round) => round.count)).toEqual([100, 100, 100, 100]);
    // 100 requests per round over 1, 2, 4 and 0.5 CPU-s: 100, 50, 25, 200 → median 75.
    expect(gatehouse.perCpuSecond).toBe(75);
    expect(gatehouse.cpuMicroseconds).toBe(15_000);
    // 50, 50, 100, 100 → median 75; minimal's rounds are its own, not Gatehouse's.
    expect(minimal.perCpuSecond).toBe(75);
    expect(minimal.rounds.map((round) => Math.round(round.perCpuSecond))).toEqual([
      50, 50, 100, 100,
    ]);
    expect(gatehouse.p99).toBeGreaterThanOrEqual(gatehouse.p50);
  });
});
