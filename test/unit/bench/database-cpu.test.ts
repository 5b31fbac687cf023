// The bench's reading of a PostgreSQL server's CPU time (bench/database-cpu.ts), on the run's real
// PostgreSQL: it finds the server process and its time only grows; a server it cannot see counts 0.
import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { databaseCpuSeconds, postmasterPid } from "../../../bench/database-cpu.ts";

describe("the database's CPU time in the bench", () => {
  it("finds the PostgreSQL server and counts its time, which only grows", async () => {
    const url = inject("postgresUrl");
    const postmaster = await postmasterPid(url);
    expect(postmaster).toBeGreaterThan(1);
    const before = databaseCpuSeconds(postmaster);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("select count(*) from generate_series(1, 200000)");
    } finally {
      await client.end();
    }
    expect(databaseCpuSeconds(postmaster)).toBeGreaterThanOrEqual(before);
    expect(before).toBeGreaterThan(0);
  });

  it("counts a live backend's work finer than /proc's 10-ms ticks", async () => {
    const postmaster = await postmasterPid(inject("postgresUrl"));
    const client = new pg.Client({ connectionString: inject("postgresUrl") });
    await client.connect();
    try {
      const before = databaseCpuSeconds(postmaster);
      await client.query("select count(*) from generate_series(1, 2000000)");
      const spent = databaseCpuSeconds(postmaster) - before;
      expect(spent).toBeGreaterThan(0.02); // two million rows counted take well over 20 ms
      expect(Number.isInteger(Math.round(spent * 1e9) / 1e7)).toBe(false);
    } finally {
      await client.end();
    }
  });

  it("counts nothing for a server it cannot see", () => {
    expect(databaseCpuSeconds(undefined)).toBe(0);
  });
});
