// What the admin change-audit suite (admin-change-audit.test.ts) needs around one server: an admin
// signed in, a few things to change (a user, a group, apps, a device, an enrollment token), and the
// audit lines a request added.
import { createApp } from "../../../server/admin/app-admin.ts";
import { createGroup } from "../../../server/admin/group-admin.ts";
import type { AuditEvent } from "../../../server/storage/schema.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  type TestServer,
  type TestUser,
} from "../../fixtures/test-server.ts";

export type ChangeWorld = {
  server: TestServer;
  admin: TestUser;
  jar: CookieJar;
  call: (
    method: "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
  ) => ReturnType<typeof callApi>;
  /** A fresh employee, a fresh group, a fresh app of a kind: each scenario changes its own. */
  user: () => Promise<TestUser>;
  group: (name: string) => Promise<string>;
  app: (kind: "saml" | "oidc", name: string) => Promise<string>;
  device: (owner: TestUser, name: string) => Promise<string>;
  auditIds: () => Promise<Set<string>>;
  auditSince: (known: Set<string>) => Promise<AuditEvent[]>;
};

export async function createChangeWorld(server: TestServer): Promise<ChangeWorld> {
  const admin = await createTestUser(server, { role: "admin" });
  const jar = new CookieJar();
  await signIn(server, jar, admin);
  const { db } = server.context;
  const actor = () => ({ db, now: server.clock.now(), actorId: null });
  return {
    server,
    admin,
    jar,
    call: (method, url, body) => callApi(server, jar, method, url, body),
    user: () => createTestUser(server),
    group: async (name) => {
      const created = await createGroup(actor(), name);
      if (!created.ok) {
        throw new Error(`could not create the group ${name}`);
      }
      return created.value.id;
    },
    app: async (kind, name) => {
      const created = await createApp(actor(), kind, {
        displayName: name,
        ...(kind === "saml"
          ? {
              saml: {
                entityId: `https://${name}.example.com/sp`,
                acsUrl: `https://${name}.example.com/acs`,
              },
            }
          : {
              oidc: {
                redirectUris: [`https://${name}.example.com/callback`],
                initiateLoginUri: `https://${name}.example.com/login`,
                confidential: true,
              },
            }),
      });
      if (!created.ok) {
        throw new Error(`could not create the app ${name}`);
      }
      return created.value.app.id;
    },
    device: async (owner, name) => {
      const id = crypto.randomUUID();
      await db
        .insertInto("devices")
        .values({
          id,
          user_id: owner.id,
          name,
          os: "macos",
          app_version: "1.0.0",
          public_key: "AAAA",
          enrolled_via: "connect_key",
          enrolled_at: server.clock.now(),
          last_seen_at: server.clock.now(),
          revoked_at: null,
        })
        .execute();
      return id;
    },
    auditIds: async () =>
      new Set((await db.selectFrom("audit_events").select("id").execute()).map((row) => row.id)),
    auditSince: async (known) =>
      (await db.selectFrom("audit_events").selectAll().execute()).filter(
        (row) => !known.has(row.id),
      ),
  };
}
