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
let admin: TestUser;
let adminJar: CookieJar;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createTestUser(server, { role: "admin" });
  adminJar = new CookieJar();
  await signIn(server, adminJar, admin);
});
afterAll(() => server.close());

type AdminUser = { id: string; email: string; locked: boolean; status: string };

describe("admin API", () => {
  it("is refused to a user without the admin role", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const response = await callApi(server, jar, "GET", "/api/admin/users");
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: "ADMIN_REQUIRED" });
  });

  it("asks an admin whose verification is over an hour old to verify again", async () => {
    const jar = new CookieJar();
    await signIn(server, jar, admin);
    for (let step = 0; step < 3; step += 1) {
      server.clock.advance(20 * 60 * 1000); // active, never idle
      await callApi(server, jar, "GET", "/api/me");
    }
    const response = await callApi(server, jar, "GET", "/api/admin/users");
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: "REVERIFICATION_REQUIRED" });
    await callApi(server, jar, "POST", "/api/auth/reverify", { password: admin.password });
    expect((await callApi(server, jar, "GET", "/api/admin/users")).statusCode).toBe(200);
    adminJar = jar;
  });

  it("creates a user with a temporary password that must be changed at sign-in", async () => {
    const created = await callApi(server, adminJar, "POST", "/api/admin/users", {
      email: "New.Hire@example.com",
      firstName: "New",
      lastName: "Hire",
    });
    expect(created.statusCode).toBe(200);
    const { user, temporaryPassword } = created.json<{
      user: AdminUser;
      temporaryPassword: string;
    }>();
    expect(user).toMatchObject({ email: "new.hire@example.com", status: "active" });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(20);

    const jar = new CookieJar();
    const signedIn = await signIn(server, jar, {
      id: user.id,
      email: user.email,
      password: temporaryPassword,
    });
    expect(signedIn.json()).toEqual({ next: "change_password" });
    expect((await callApi(server, jar, "GET", "/api/me")).json()).toMatchObject({
      mustChangePassword: true,
    });

    const duplicate = await callApi(server, adminJar, "POST", "/api/admin/users", {
      email: "new.hire@example.com",
      firstName: "Again",
      lastName: "Hire",
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "USER_EXISTS" });
  });

  it("invites a user, who chooses their own password through the mailed link", async () => {
    const created = await callApi(server, adminJar, "POST", "/api/admin/users", {
      email: "invited@example.com",
      firstName: "Ivy",
      lastName: "Nguyen",
      invite: true,
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).not.toHaveProperty("temporaryPassword");
    const mail = await server.context.db
      .selectFrom("mail_outbox")
      .selectAll()
      .where("recipient", "=", "invited@example.com")
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe("You are invited to Gatehouse");
    const token = decodeURIComponent(/#token=(\S+)/.exec(mail.body)?.[1] ?? "");
    server.clock.advance(48 * 60 * 60 * 1000); // invitations last three days, not one hour
    const chosen = await callApi(server, new CookieJar(), "POST", "/api/auth/reset-password", {
      token,
      newPassword: "my own first passphrase",
    });
    expect(chosen.statusCode).toBe(204);
    const signedIn = await signIn(server, new CookieJar(), {
      id: "",
      email: "invited@example.com",
      password: "my own first passphrase",
    });
    expect(signedIn.json()).toEqual({ next: "done" });
    const jar = new CookieJar();
    await signIn(server, jar, admin);
    adminJar = jar;
  });

  it("disabling a user ends their sessions at once", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const response = await callApi(server, adminJar, "POST", `/api/admin/users/${user.id}/status`, {
      status: "disabled",
    });
    expect(response.json()).toMatchObject({ status: "disabled" });
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    const sessions = await server.context.db
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(sessions).toHaveLength(0);
  });

  it("a temporary password ends the user's sessions and refuses the old password", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const response = await callApi(
      server,
      adminJar,
      "POST",
      `/api/admin/users/${user.id}/temporary-password`,
      {},
    );
    expect(response.statusCode).toBe(200);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(401);
  });

  it("unlocks a locked account", async () => {
    await setPolicy(server, "lockout", { threshold: 2, mode: "admin" });
    const user = await createTestUser(server);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await signIn(server, new CookieJar(), { ...user, password: "guessed-Hunter2" });
    }
    expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(423);
    const list = await callApi(server, adminJar, "GET", "/api/admin/users");
    expect(
      list.json<{ users: AdminUser[] }>().users.find((row) => row.id === user.id),
    ).toMatchObject({
      locked: true,
    });
    const unlocked = await callApi(
      server,
      adminJar,
      "POST",
      `/api/admin/users/${user.id}/unlock`,
      {},
    );
    expect(unlocked.json()).toMatchObject({ locked: false });
    expect((await signIn(server, new CookieJar(), user)).statusCode).toBe(200);
    await setPolicy(server, "lockout", { threshold: 10 });
  });

  it("makes a user an admin", async () => {
    const user = await createTestUser(server);
    const response = await callApi(server, adminJar, "POST", `/api/admin/users/${user.id}/role`, {
      role: "admin",
    });
    expect(response.json()).toMatchObject({ role: "admin" });
    const jar = new CookieJar();
    await signIn(server, jar, user);
    expect((await callApi(server, jar, "GET", "/api/admin/users")).statusCode).toBe(200);
  });

  it("answers an unknown user id with USER_NOT_FOUND", async () => {
    const response = await callApi(server, adminJar, "POST", "/api/admin/users/nope/unlock", {});
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: "USER_NOT_FOUND" });
  });

  it("reads and changes policies, refusing values outside the allowed range", async () => {
    const policies = await callApi(server, adminJar, "GET", "/api/admin/policies");
    expect(policies.json()).toMatchObject({
      lockout: { threshold: 10 },
      password: { minLength: 12, maxAgeDays: 0 },
      session: { reverifyAfterMinutes: 720, idleMinutes: 30 },
    });
    for (const body of [
      { threshold: 101 },
      { threshold: 0 },
      { surprise: true },
      { mode: "never" },
    ]) {
      const refused = await callApi(server, adminJar, "PUT", "/api/admin/policies/lockout", body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    }
    const changed = await callApi(server, adminJar, "PUT", "/api/admin/policies/lockout", {
      threshold: 7,
    });
    expect(changed.json()).toMatchObject({ threshold: 7, mode: "admin" });
    const minLength = await callApi(server, adminJar, "PUT", "/api/admin/policies/password", {
      minLength: 7,
    });
    expect(minLength.statusCode).toBe(400);
  });

  it("lists the audit log with actor, target, IP and user agent, and never a secret", async () => {
    const response = await callApi(server, adminJar, "GET", "/api/admin/audit?limit=200");
    expect(response.statusCode).toBe(200);
    const { events } = response.json<{
      events: { event: string; actorId: string | null; ip: string | null }[];
    }>();
    const names = new Set(events.map((event) => event.event));
    for (const name of [
      "sign_in.succeeded",
      "sign_in.failed",
      "account.locked",
      "account.unlocked",
      "user.created",
      "user.disabled",
      "password.temporary_set",
      "policy.changed",
      "session.reverified",
      "user.role_changed",
    ]) {
      expect(names).toContain(name);
    }
    const unlock = events.find((event) => event.event === "account.unlocked");
    expect(unlock).toMatchObject({ ip: "127.0.0.1" });
    expect(unlock?.actorId).not.toBeNull();
    expect(response.body).not.toMatch(/argon2|temporaryPassword|correct horse|guessed-Hunter2/);
  });
});

describe("admin portal sign-in", () => {
  it("lets an admin in; a non-admin learns only with the right password that it has no admin access", async () => {
    const user = await createTestUser(server);
    const viaAdminPortal = async (attempt: TestUser) => {
      const jar = new CookieJar();
      await callApi(server, jar, "POST", "/api/auth/identify", {
        email: attempt.email,
        portal: "admin",
      });
      const response = await callApi(server, jar, "POST", "/api/auth/password", {
        password: attempt.password,
      });
      return { status: response.statusCode, body: response.body };
    };
    expect((await viaAdminPortal(admin)).status).toBe(200);
    expect((await viaAdminPortal(user)).status).toBe(403);
    const wrongPassword = await viaAdminPortal({ ...user, password: "wrong password" });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword).toEqual(await viaAdminPortal({ ...user, email: "ghost@example.com" }));
  });
});
