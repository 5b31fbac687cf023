// An app's change is audited with its values before and after, in one transaction with the change
// (issue 16): on both databases, a change names each changed setting's old and new value, never
// the client secret (nor its hash), which is only "rotated"; a refused change saves and audits
// nothing; and when the audit line cannot be written, the change is not saved either.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialects, type Dialect } from "../../fixtures/databases.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../../fixtures/test-server.ts";

type AdminApp = { id: string; displayName: string; saml?: { acsUrl: string } };

/** Makes the database refuse every audit line of one event, as a full disk or a bug would. */
async function refuseAuditEvent(server: TestServer, dialect: Dialect, event: string) {
  const { db } = server.context;
  if (dialect === "sqlite") {
    await sql
      .raw(
        `create trigger refuse_audit before insert on audit_events when new.event = '${event}'
         begin select raise(abort, 'audit refused'); end`,
      )
      .execute(db);
    return;
  }
  await sql
    .raw(
      `create function refuse_audit() returns trigger as $$
       begin raise exception 'audit refused'; end $$ language plpgsql`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger refuse_audit before insert on audit_events for each row
       when (new.event = '${event}') execute function refuse_audit()`,
    )
    .execute(db);
}

for (const dialect of dialects) {
  describe(`app changes in the audit log (${dialect})`, () => {
    let server: TestServer;
    const admin = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await signIn(server, admin, await createTestUser(server, { role: "admin" }));
    });
    afterAll(() => server.close());

    const auditLines = async (event: string) =>
      server.context.db
        .selectFrom("audit_events")
        .selectAll()
        .where("event", "=", event)
        .orderBy("at")
        .execute();
    const details = (line: { details: string | null } | undefined) =>
      JSON.parse(line?.details ?? "{}") as Record<string, Record<string, unknown>>;

    it("records each changed OIDC setting before and after, and the secret only as rotated", async () => {
      const created = await callApi(server, admin, "POST", "/api/admin/apps", {
        kind: "oidc",
        displayName: "Tracker",
        oidc: {
          redirectUris: ["https://tracker.example.com/cb"],
          initiateLoginUri: "https://tracker.example.com/login",
          confidential: true,
        },
      });
      const { app, clientSecret } = created.json<{ app: AdminApp; clientSecret: string }>();
      const changed = await callApi(server, admin, "PATCH", `/api/admin/apps/${app.id}`, {
        oidc: {
          redirectUris: ["https://tracker.example.com/cb", "https://tracker.example.com/cb2"],
          initiateLoginUri: "https://tracker.example.com/login",
          idTokenSigningAlg: "RS256",
        },
      });
      expect(changed.statusCode).toBe(200);
      const update = details((await auditLines("app.updated")).at(-1));
      expect(update.changed).toEqual(["redirectUris", "idTokenSigningAlg"]);
      expect(update.before).toEqual({
        redirectUris: ["https://tracker.example.com/cb"],
        idTokenSigningAlg: "ES256",
      });
      expect(update.after).toEqual({
        redirectUris: ["https://tracker.example.com/cb", "https://tracker.example.com/cb2"],
        idTokenSigningAlg: "RS256",
      });

      const rotated = await callApi(
        server,
        admin,
        "POST",
        `/api/admin/apps/${app.id}/client-secret`,
      );
      const newSecret = rotated.json<{ clientSecret: string }>().clientSecret;
      const rotation = details((await auditLines("app.client_secret_rotated")).at(-1));
      expect(rotation.after).toEqual({ clientSecret: "rotated" });
      const row = await server.context.db
        .selectFrom("apps")
        .select("oidc_client_secret_hash")
        .where("id", "=", app.id)
        .executeTakeFirstOrThrow();
      const everything = JSON.stringify(
        await server.context.db.selectFrom("audit_events").selectAll().execute(),
      );
      for (const secret of [clientSecret, newSecret, row.oidc_client_secret_hash ?? "no hash"]) {
        expect(everything).not.toContain(secret);
      }
    });

    it("saves and audits nothing of a change it refuses", async () => {
      const created = await callApi(server, admin, "POST", "/api/admin/apps", {
        kind: "saml",
        displayName: "Payroll",
        saml: {
          entityId: "https://payroll.example.com/sp",
          acsUrl: "https://payroll.example.com/acs",
        },
      });
      const { app } = created.json<{ app: AdminApp }>();
      const before = (await auditLines("app.updated")).length;
      const refused = await callApi(server, admin, "PATCH", `/api/admin/apps/${app.id}`, {
        displayName: "Payroll EU",
        saml: {
          entityId: "https://payroll.example.com/sp",
          acsUrl: "http://payroll.example.com/acs",
        },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "saml.acsUrl" });
      const now = (
        await callApi(server, admin, "GET", `/api/admin/apps/${app.id}`)
      ).json<AdminApp>();
      expect(now.displayName).toBe("Payroll");
      expect(now.saml?.acsUrl).toBe("https://payroll.example.com/acs");
      expect(await auditLines("app.updated")).toHaveLength(before);
    });

    it("does not save a change whose audit line cannot be written", async () => {
      const created = await callApi(server, admin, "POST", "/api/admin/apps", {
        kind: "bookmark",
        displayName: "Wiki",
        bookmark: { url: "https://wiki.example.com/" },
      });
      const { app } = created.json<{ app: AdminApp }>();
      await refuseAuditEvent(server, dialect, "app.updated");
      const failed = await callApi(server, admin, "PATCH", `/api/admin/apps/${app.id}`, {
        displayName: "Wiki renamed",
      });
      expect(failed.statusCode).toBe(500);
      const now = (
        await callApi(server, admin, "GET", `/api/admin/apps/${app.id}`)
      ).json<AdminApp>();
      expect(now.displayName).toBe("Wiki");
    });
  });
}
