import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commonPasswordCount } from "../../server/passwords/blocklist.ts";
import { evaluatePassword } from "../../server/passwords/password-rules.ts";
import { defaultPolicies } from "../../server/schemas/policies.ts";
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

const policy = defaultPolicies.password;
const unmet = (password: string, personal = {}) =>
  evaluatePassword(policy, password, personal)
    .filter((rule) => rule.met === false)
    .map((rule) => rule.id);

describe("password rules", () => {
  it("blocks at least 10,000 common passwords, ignoring case and trailing digits", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
    expect(unmet("qwerty123456")).toContain("not_common");
    expect(unmet("LeaveMeAlone")).toContain("not_common");
    expect(unmet("Sunshine2024!!")).toContain("not_common");
    expect(unmet("plum orbit kettle 42")).toEqual([]);
  });

  it("needs 12 characters by default and allows at least 64", () => {
    expect(unmet("tram-fig-lo")).toEqual(["min_length"]);
    expect(unmet("v".repeat(40) + " quiet meadow " + "w".repeat(20))).toEqual([]);
  });

  it("refuses the user's own name and email parts", () => {
    const personal = { firstName: "Robin", lastName: "Okafor", email: "r.okafor@example.com" };
    expect(unmet("robin-plum-orbit", personal)).toEqual(["not_personal"]);
    expect(unmet("plum-OKAFOR-orbit", personal)).toEqual(["not_personal"]);
  });

  it("asks for character classes only when the admin turns them on", () => {
    const strict = { ...policy, requireUppercase: true, requireDigit: true, requireSymbol: true };
    const ids = evaluatePassword(strict, "plum orbit kettle")
      .filter((rule) => rule.met === false)
      .map((rule) => rule.id);
    expect(ids).toEqual(["uppercase", "digit", "symbol"]);
  });
});

describe("changing the password", () => {
  let server: TestServer;
  let user: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    user = await createTestUser(server);
  });
  afterAll(() => server.close());

  async function change(jar: CookieJar, currentPassword: string, newPassword: string) {
    return callApi(server, jar, "POST", "/api/me/password", { currentPassword, newPassword });
  }

  it("serves the checklist the server enforces", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const rules = await callApi(server, jar, "POST", "/api/password-policy/check", {
      password: "password1234",
    });
    const body = rules.json<{ maxAgeDays: number | null; rules: unknown[] }>();
    expect(body.maxAgeDays).toBeNull();
    expect(body.rules).toContainEqual({
      id: "min_length",
      label: "At least 12 characters",
      met: true,
      value: 12,
    });
    expect(body.rules).toContainEqual({
      id: "not_common",
      label: "Not a commonly used password",
      met: false,
    });
    expect(body.rules).toContainEqual({
      id: "not_recent",
      label: "Not one of your last 5 passwords",
      met: null,
      value: 5,
    });
  });

  it("refuses a wrong current password, and counts it toward lockout", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const response = await change(jar, "not it", "plum orbit kettle 42");
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: "CURRENT_PASSWORD_INCORRECT",
      field: "currentPassword",
    });
  });

  it("refuses a new password that breaks the policy, naming what is missing", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const response = await change(jar, user.password, "iloveyou");
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: "PASSWORD_POLICY_VIOLATION",
      field: "newPassword",
    });
    expect(response.json<{ message: string }>().message).toMatch(/At least 12 characters/);
  });

  it("changes the password, keeps this session and ends every other one", async () => {
    const here = new CookieJar();
    const elsewhere = new CookieJar();
    await signIn(server, here, user);
    await signIn(server, elsewhere, user);
    const response = await change(here, user.password, "plum orbit kettle 42");
    expect(response.statusCode).toBe(204);
    expect((await callApi(server, here, "GET", "/api/me")).statusCode).toBe(200);
    expect((await callApi(server, elsewhere, "GET", "/api/me")).statusCode).toBe(401);
    expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(401);
    expect(
      (await signIn(server, new CookieJar(), { ...user, password: "plum orbit kettle 42" }))
        .statusCode,
    ).toBe(200);
    user = { ...user, password: "plum orbit kettle 42" };
  });

  it("refuses one of the last N passwords", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, user);
    expect((await change(jar, user.password, "second choice words")).statusCode).toBe(204);
    const back = await change(jar, "second choice words", "plum orbit kettle 42");
    expect(back.statusCode).toBe(400);
    expect(back.json<{ message: string }>().message).toMatch(/recently/);
    await setPolicy(server, "password", { historyCount: 0 });
    expect((await change(jar, "second choice words", "plum orbit kettle 42")).statusCode).toBe(204);
    await setPolicy(server, "password", { historyCount: 5 });
  });

  it("forces a change after a temporary password, and lets the user in after it", async () => {
    const other = await createTestUser(server);
    await server.context.db
      .updateTable("users")
      .set({ must_change_password: 1 })
      .where("id", "=", other.id)
      .execute();
    const jar = new CookieJar();
    expect((await signIn(server, jar, other)).json()).toEqual({ next: "change_password" });
    const blocked = await callApi(server, jar, "GET", "/api/admin/users");
    expect(blocked.json()).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    expect((await change(jar, other.password, "fresh lemon harbor")).statusCode).toBe(204);
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({
      mustChangePassword: false,
    });
  });
});
