// The change-audit scenarios of users, their sessions and devices, enrollment tokens and policies
// (admin-change-scenarios.ts).
import { change, names, unique, type Scenario } from "./admin-change-scenarios.ts";
import { enrollTotp } from "../../fixtures/mfa.ts";
import { CookieJar, signIn } from "../../fixtures/test-server.ts";

export const userScenarios: Scenario[] = [
  {
    route: "POST /api/admin/users",
    event: "user.created",
    prepare: () => {
      const email = `new.${unique()}@example.com`;
      return {
        method: "POST",
        url: "/api/admin/users",
        body: { email, firstName: "Nia", lastName: "New" },
        target: email,
        expect: names(),
      };
    },
  },
  {
    route: "PATCH /api/admin/users/:id",
    event: "user.updated",
    prepare: async (world) => {
      const user = await world.user();
      return {
        method: "PATCH",
        url: `/api/admin/users/${user.id}`,
        body: { department: "Finance", email: `moved.${unique()}@example.com` },
        target: user.id,
        expect: change("department", "email"),
      };
    },
  },
  {
    route: "POST /api/admin/users/:id/invitation",
    event: "user.invitation_sent",
    prepare: async (world) => {
      const email = `invited.${unique()}@example.com`;
      const created = await world.call("POST", "/api/admin/users", {
        email,
        firstName: "Ivy",
        lastName: "Invited",
        invite: true,
      });
      const id = created.json<{ user: { id: string } }>().user.id;
      return {
        method: "POST",
        url: `/api/admin/users/${id}/invitation`,
        target: email,
        expect: names(),
      };
    },
  },
  ...(["status", "role"] as const).map((action): Scenario => ({
    route: `POST /api/admin/users/:id/${action}`,
    event: action === "status" ? "user.disabled" : "user.role_changed",
    prepare: async (world) => {
      const user = await world.user();
      return {
        method: "POST",
        url: `/api/admin/users/${user.id}/${action}`,
        body: action === "status" ? { status: "disabled" } : { role: "admin" },
        target: user.email,
        expect: change(action),
      };
    },
  })),
  {
    route: "POST /api/admin/users/:id/mfa/reset",
    event: "mfa.reset_by_admin",
    prepare: async (world) => {
      const user = await enrollTotp(world.server, new CookieJar(), await world.user());
      return {
        method: "POST",
        url: `/api/admin/users/${user.id}/mfa/reset`,
        target: user.email,
        expect: change("authenticator"),
      };
    },
  },
  {
    route: "POST /api/admin/users/:id/temporary-password",
    event: "password.temporary_set",
    prepare: async (world) => {
      const user = await world.user();
      return {
        method: "POST",
        url: `/api/admin/users/${user.id}/temporary-password`,
        target: user.email,
        expect: change("password", "mustChangePassword"),
      };
    },
  },
  {
    route: "POST /api/admin/users/:id/unlock",
    event: "account.unlocked",
    prepare: async (world) => {
      const user = await world.user();
      await world.server.context.db
        .updateTable("users")
        .set({ failed_attempts: 5, locked_at: world.server.clock.now(), locked_until: null })
        .set({ lock_reason: "failed_attempts" })
        .where("id", "=", user.id)
        .execute();
      return {
        method: "POST",
        url: `/api/admin/users/${user.id}/unlock`,
        target: user.email,
        expect: change("locked", "failedAttempts"),
      };
    },
  },
  ...(["one", "every"] as const).map((which): Scenario => ({
    route:
      which === "one"
        ? "POST /api/admin/users/:id/sessions/:sessionId/revoke"
        : "POST /api/admin/users/:id/sign-out-everywhere",
    event: which === "one" ? "session.revoked" : "user.signed_out_everywhere",
    prepare: async (world) => {
      const user = await world.user();
      await signIn(world.server, new CookieJar(), user);
      const session = await world.server.context.db
        .selectFrom("sessions")
        .select("id")
        .where("user_id", "=", user.id)
        .executeTakeFirstOrThrow();
      return {
        method: "POST",
        url:
          which === "one"
            ? `/api/admin/users/${user.id}/sessions/${session.id}/revoke`
            : `/api/admin/users/${user.id}/sign-out-everywhere`,
        target: user.email,
        expect: which === "one" ? names(session.id) : names(),
      };
    },
  })),
  {
    route: "POST /api/admin/users/import",
    event: "user.created",
    prepare: async (world) => {
      const email = `imported.${unique()}@example.com`;
      const csv = `Email,Given_Name,Family_Name\r\n${email},Ima,Ported`;
      const plan = await world.call("POST", "/api/admin/users/import/dry-run", { csv });
      return {
        method: "POST",
        url: "/api/admin/users/import",
        body: { csv, digest: plan.json<{ digest: string }>().digest },
        target: email,
        expect: names(),
      };
    },
  },
  {
    route: "POST /api/admin/devices/:id/revoke",
    event: "device.revoked",
    prepare: async (world) => {
      const owner = await world.user();
      const name = `Laptop ${unique()}`;
      const id = await world.device(owner, name);
      return {
        method: "POST",
        url: `/api/admin/devices/${id}/revoke`,
        target: owner.email,
        expect: names(name, id),
      };
    },
  },
  {
    route: "POST /api/admin/enrollment-tokens",
    event: "device.enrollment_token_created",
    prepare: () => {
      const label = `Lab ${unique()}`;
      return {
        method: "POST",
        url: "/api/admin/enrollment-tokens",
        body: { label, validDays: 7 },
        target: "<created>",
        expect: names(label),
      };
    },
  },
  {
    route: "POST /api/admin/enrollment-tokens/:id/revoke",
    event: "device.enrollment_token_revoked",
    prepare: async (world) => {
      const label = `Kiosk ${unique()}`;
      const created = await world.call("POST", "/api/admin/enrollment-tokens", {
        label,
        validDays: 7,
      });
      const id = created.json<{ id: string }>().id;
      return {
        method: "POST",
        url: `/api/admin/enrollment-tokens/${id}/revoke`,
        target: id,
        expect: names(label),
      };
    },
  },
  ...[
    { kind: "lockout", body: { threshold: 7 }, changed: "threshold" },
    {
      kind: "downloads",
      body: { macos: "https://downloads.example.com/gh.dmg" },
      changed: "macos",
    },
  ].map(({ kind, body, changed }): Scenario => ({
    route: "PUT /api/admin/policies/:kind",
    event: "policy.changed",
    prepare: () => ({
      method: "PUT",
      url: `/api/admin/policies/${kind}`,
      body,
      target: kind,
      expect: change(changed),
    }),
  })),
];
