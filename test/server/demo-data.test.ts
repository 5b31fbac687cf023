import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";
import { describeDemo } from "../../server/demo/demo-banner.ts";
import { seedDemoData } from "../../server/demo/demo-data.ts";
import { hashPassword } from "../../server/auth/password.ts";
import { readPolicy } from "../../server/policies/policy-store.ts";
import { CookieJar, signIn, startTestServer, type TestServer } from "../fixtures/test-server.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("demo data", () => {
  it("is seeded once, and later starts keep it as it is", async () => {
    expect(await seedDemoData(server.context.db, server.context.clock)).toBe("seeded");
    await server.context.db
      .updateTable("users")
      .set({ job_title: "Edited" })
      .where("email", "=", demoAccounts.employee.email)
      .execute();
    expect(await seedDemoData(server.context.db, server.context.clock)).toBe("already-present");
    const users = await server.context.db
      .selectFrom("users")
      .select(["email", "job_title", "role"])
      .orderBy("email")
      .execute();
    expect(users).toEqual([
      { email: demoAccounts.employee.email, job_title: "Edited", role: "user" },
      { email: demoAccounts.admin.email, job_title: "IT Administrator", role: "admin" },
    ]);
  });

  it("lets the printed demo accounts sign in", async () => {
    for (const account of [demoAccounts.employee, demoAccounts.admin]) {
      const response = await signIn(server, new CookieJar(), { id: "", ...account });
      expect(response.statusCode).toBe(200);
    }
  });

  it("turns device login on, so a newcomer can try it", async () => {
    expect(await readPolicy(server.context.db, "deviceLogin")).toEqual({ mode: "on" });
  });

  it("prints each demo password only while it still works, and how to start over", async () => {
    const database = { dialect: "sqlite" as const, path: "data/demo.db" };
    const fresh = await describeDemo(server.context.db, "http://localhost:8080", database);
    expect(fresh.split("\n")).toEqual([
      "Gatehouse portal (demo data): http://localhost:8080",
      `  Employee: ${demoAccounts.employee.email} / ${demoAccounts.employee.password}`,
      `  Admin:    ${demoAccounts.admin.email} / ${demoAccounts.admin.password}`,
    ]);

    await server.context.db
      .updateTable("users")
      .set({ password_hash: await hashPassword("a password of my own") })
      .where("email", "=", demoAccounts.employee.email)
      .execute();
    const changed = await describeDemo(server.context.db, "http://localhost:8080", database);
    expect(changed).not.toContain(demoAccounts.employee.password);
    expect(changed).toContain(`${demoAccounts.employee.email} (its demo password no longer works)`);
    expect(changed).toContain(`${demoAccounts.admin.email} / ${demoAccounts.admin.password}`);
    expect(changed).toContain("delete data/demo.db");
  });
});
