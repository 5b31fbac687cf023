import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "../../server/demo/demo-accounts.ts";
import { seedDemoData } from "../../server/demo/demo-data.ts";
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
});
