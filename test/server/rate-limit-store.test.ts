// Rate-limit windows count exactly, in memory and in both databases: any sequence of requests
// gets the counts a simple model predicts, and requests racing in from two instances on one
// database are each counted once, so no more than the limit get through.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countInDatabase } from "../../server/storage/database-rate-limit-store.ts";
import { openDatabase, type Db } from "../../server/storage/database.ts";
import { countInMemory } from "../../server/storage/memory-rate-limit-store.ts";
import type { RateLimitStore } from "../../server/storage/rate-limit-store.ts";
import { dialects } from "../fixtures/databases.ts";
import { migratedDatabase } from "../fixtures/migrated-database.ts";

const window = 60_000;

/** What a fixed window that opens at a key's first request must count. */
function modelCounts(requests: { keys: string[]; at: number }[]) {
  const windows = new Map<string, { hits: number; resetsAt: number }>();
  return requests.map(({ keys, at }) =>
    [...new Set(keys)].sort().map((key) => {
      const current = windows.get(key);
      const next =
        current !== undefined && current.resetsAt > at
          ? { hits: current.hits + 1, resetsAt: current.resetsAt }
          : { hits: 1, resetsAt: at + window };
      windows.set(key, next);
      return { key, ...next };
    }),
  );
}

const requestSequences = fc.array(
  fc.record({
    keys: fc.array(fc.constantFrom("ip:a", "ip:b", "account:x", "account:y"), {
      minLength: 1,
      maxLength: 3,
    }),
    // Window boundaries exactly, and anything in between.
    gap: fc.oneof(
      fc.constantFrom(0, 1, window / 2, window - 1, window),
      fc.integer({ min: 0, max: window }),
    ),
  }),
  { minLength: 1, maxLength: 25 },
);

async function checkAgainstModel(
  store: () => Promise<RateLimitStore>,
  runs: number,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(requestSequences, async (sequence) => {
      const counter = await store();
      let at = 1_000_000 + Math.floor(Math.random() * 1_000_000);
      const requests = sequence.map(({ keys, gap }) => ({ keys, at: (at += gap) }));
      const expected = modelCounts(requests);
      for (const [index, request] of requests.entries()) {
        const counts = await counter.hit(request.keys, window, request.at);
        const sorted = [...counts].sort((a, b) => a.key.localeCompare(b.key));
        expect(sorted).toEqual(expected[index]);
      }
    }),
    { numRuns: runs },
  );
}

describe("the in-memory store", () => {
  it("counts every sequence of requests as a fixed window does", async () => {
    await checkAgainstModel(() => Promise.resolve(countInMemory()), 100);
  });

  it("forgets only the windows that have ended", async () => {
    const store = countInMemory();
    await store.hit(["ip:a"], window, 0);
    await store.hit(["ip:b"], window, 30_000);
    await store.sweep(window);
    expect(await store.hit(["ip:a", "ip:b"], window, window)).toEqual([
      { key: "ip:a", hits: 1, resetsAt: 2 * window },
      { key: "ip:b", hits: 2, resetsAt: 30_000 + window },
    ]);
  });
});

for (const dialect of dialects) {
  describe(`the ${dialect} store`, () => {
    const database = migratedDatabase(dialect);
    let first: Db;
    let second: Db;

    beforeAll(() => {
      first = database.db;
      second = openDatabase(database.config);
    });
    afterAll(async () => {
      await second.destroy();
    });

    it("counts every sequence of requests as a fixed window does", async () => {
      // Each run starts from an empty table, so earlier runs cannot leak counts into it.
      await checkAgainstModel(async () => {
        await first.deleteFrom("rate_limit_windows").execute();
        return countInDatabase(first);
      }, 15);
    });

    it("counts requests racing in from two instances exactly once each", async () => {
      await first.deleteFrom("rate_limit_windows").execute();
      const instances = [countInDatabase(first), countInDatabase(second)];
      const now = 5_000_000;
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          // Keys in both orders: the store must not deadlock on them.
          instances[index % 2]!.hit(
            index % 3 === 0 ? ["account:x", "ip:shared"] : ["ip:shared", "account:x"],
            window,
            now,
          ),
        ),
      );
      const sharedHits = answers
        .map((counts) => counts.find((count) => count.key === "ip:shared")?.hits ?? 0)
        .sort((a, b) => a - b);
      expect(sharedHits).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
      const underLimitOfTen = sharedHits.filter((hits) => hits <= 10);
      expect(underLimitOfTen).toHaveLength(10);
    });

    it("sweeps the windows that have ended and keeps the open ones", async () => {
      await first.deleteFrom("rate_limit_windows").execute();
      const store = countInDatabase(first);
      await store.hit(["ip:old"], window, 0);
      await store.hit(["ip:open"], window, 30_000);
      await store.sweep(window);
      const left = await first.selectFrom("rate_limit_windows").select("key").execute();
      expect(left.map((row) => row.key)).toEqual(["ip:open"]);
    });
  });
}
