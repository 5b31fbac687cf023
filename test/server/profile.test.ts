import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  CookieJar,
  createTestUser,
  setPolicy,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

let server: TestServer;
let user: TestUser;
let jar: CookieJar;

beforeAll(async () => {
  server = await startTestServer();
  user = await createTestUser(server);
  jar = new CookieJar();
  await signIn(server, jar, user);
});
afterAll(() => server.close());

const edit = (body: object) => callApi(server, jar, "PATCH", "/api/me/profile", body);

describe("profile editing", () => {
  it("saves fields of all three sections, trimmed, and audits which ones changed", async () => {
    const response = await edit({
      displayName: "  Robin O. ",
      mobilePhone: "+1 415 555 0199",
      jobTitle: "Staff Engineer",
      startDate: "2023-02-01",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      displayName: "Robin O.",
      personal: { mobilePhone: "+1 415 555 0199" },
      employment: { jobTitle: "Staff Engineer", startDate: "2023-02-01" },
    });
    const audit = await server.context.db
      .selectFrom("audit_events")
      .select(["details"])
      .where("event", "=", "profile.changed")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details ?? "{}")).toEqual({
      fields: ["displayName", "mobilePhone", "jobTitle", "startDate"],
      before: { display_name: "Test User", mobile_phone: null, job_title: null, start_date: null },
      after: {
        display_name: "Robin O.",
        mobile_phone: "+1 415 555 0199",
        job_title: "Staff Engineer",
        start_date: "2023-02-01",
      },
    });
  });

  it("clears an optional field with an empty value but refuses to empty a name", async () => {
    expect((await edit({ mobilePhone: "" })).json()).toMatchObject({
      personal: { mobilePhone: null },
    });
    const empty = await edit({ firstName: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "firstName" });
  });

  it("validates with clear messages: phone, personal email, date, username", async () => {
    for (const [body, field] of [
      [{ mobilePhone: "call me maybe" }, "mobilePhone"],
      [{ personalEmail: "not-an-email" }, "personalEmail"],
      [{ startDate: "2023-02-30" }, "startDate"],
      [{ username: "has spaces" }, "username"],
      [{ jobTitle: "x".repeat(101) }, "jobTitle"],
    ] as const) {
      const response = await edit(body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: "VALIDATION_FAILED", field });
    }
  });

  it("never changes the company email", async () => {
    const response = await edit({ email: "someone.else@example.com", jobTitle: "Lead" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: user.email, employment: { jobTitle: "Lead" } });
  });

  it("refuses an edit of a field the admin locked with PROFILE_READ_ONLY, and keeps the others editable", async () => {
    await setPolicy(server, "profile", { jobTitle: "locked" });
    for (const body of [
      { jobTitle: "Chief Everything" },
      { mobilePhone: "+1 555 0100", jobTitle: "X" },
    ]) {
      const response = await edit(body);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: "PROFILE_READ_ONLY", field: "jobTitle" });
    }
    const me = (await callApi(server, jar, "GET", "/api/me")).json<{
      lockedProfileFields: string[];
      employment: { jobTitle: string };
      personal: { mobilePhone: string | null };
    }>();
    expect(me.lockedProfileFields).toEqual(["jobTitle"]);
    expect(me.employment.jobTitle).toBe("Lead");
    expect(me.personal.mobilePhone).not.toBe("+1 555 0100"); // nothing half-saved
    expect((await edit({ department: "Platform" })).statusCode).toBe(200);
    await setPolicy(server, "profile", { jobTitle: "editable" });
  });
});
