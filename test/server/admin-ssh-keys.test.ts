// Admins read a user's SSH keys and export authorized_keys, over the API and the CLI.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { addGroupMember, insertGroup } from "../../server/apps/app-store.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";
import { skipNote, sshKeygen } from "../fixtures/system-tools.ts";

let server: TestServer;
let adminJar: CookieJar;
let owner: TestUser;
let fingerprint: string;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await createTestUser(server, { role: "admin" });
  adminJar = new CookieJar();
  await signIn(server, adminJar, admin);

  owner = await createTestUser(server);
  const ownerJar = new CookieJar();
  await signIn(server, ownerJar, owner);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-admin-ssh-")), "id");
  execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", file]);
  fingerprint =
    execFileSync("ssh-keygen", ["-lf", `${file}.pub`], { encoding: "utf8" }).split(" ")[1] ?? "";
  await callApi(server, ownerJar, "POST", "/api/me/ssh-keys", {
    name: "laptop",
    publicKey: readFileSync(`${file}.pub`, "utf8"),
  });
});
afterAll(() => server.close());

describe.skipIf(sshKeygen.skipReason !== undefined)(
  `SSH keys for admins${skipNote(sshKeygen)}`,
  () => {
    it("lists a user's keys", async () => {
      const response = await callApi(
        server,
        adminJar,
        "GET",
        `/api/admin/users/${owner.id}/ssh-keys`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ keys: [{ name: "laptop", fingerprint }] });
    });

    it("exports authorized_keys as text, one line per key with the owner's email", async () => {
      const response = await callApi(
        server,
        adminJar,
        "GET",
        `/api/admin/ssh-keys/authorized_keys?userId=${owner.id}`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/plain/);
      expect(response.body).toMatch(
        new RegExp(`^ssh-ed25519 [A-Za-z0-9+/=]+ ${owner.email.replace(/\./g, "\\.")}\\n$`),
      );
    });

    it("is refused to someone who is not an admin", async () => {
      const jar = new CookieJar();
      await signIn(server, jar, owner);
      expect(
        (await callApi(server, jar, "GET", "/api/admin/ssh-keys/authorized_keys")).statusCode,
      ).toBe(403);
      expect(
        (await callApi(server, jar, "GET", `/api/admin/users/${owner.id}/ssh-keys`)).statusCode,
      ).toBe(403);
    });

    it("lists and exports keys from the admin CLI", async () => {
      const lines: string[] = [];
      const io = {
        db: server.context.db,
        stdin: () => Promise.resolve(""),
        print: (line: string) => lines.push(line),
      };
      await runAdminCommand(["ssh-keys", "list", "--email", owner.email], io);
      expect(lines[0]).toMatch(
        new RegExp(`^${fingerprint.replace(/[+/]/g, "\\$&")}\\tssh-ed25519\\t256\\tlaptop\\t`),
      );
      lines.length = 0;
      await runAdminCommand(["ssh-keys", "export"], io);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(owner.email);
    });

    it("exports only the members of a group, over the API and the CLI", async () => {
      const outsider = await createTestUser(server);
      const outsiderJar = new CookieJar();
      await signIn(server, outsiderJar, outsider);
      const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-admin-ssh-")), "id");
      execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", file]);
      await callApi(server, outsiderJar, "POST", "/api/me/ssh-keys", {
        name: "other",
        publicKey: readFileSync(`${file}.pub`, "utf8"),
      });

      const organization = await server.context.db
        .selectFrom("organizations")
        .select("id")
        .executeTakeFirstOrThrow();
      const groupId = crypto.randomUUID();
      await insertGroup(server.context.db, {
        id: groupId,
        organization_id: organization.id,
        name: "Engineers",
        created_at: 0,
      });
      await addGroupMember(server.context.db, groupId, owner.id);

      const response = await callApi(
        server,
        adminJar,
        "GET",
        `/api/admin/ssh-keys/authorized_keys?groupId=${groupId}`,
      );
      expect(response.body.trim().split("\n")).toHaveLength(1);
      expect(response.body).toContain(owner.email);
      expect(response.body).not.toContain(outsider.email);
      expect(
        (await callApi(server, adminJar, "GET", "/api/admin/ssh-keys/authorized_keys?groupId=nope"))
          .statusCode,
      ).toBe(404);

      const lines: string[] = [];
      await runAdminCommand(["ssh-keys", "export", "--group", "Engineers"], {
        db: server.context.db,
        stdin: () => Promise.resolve(""),
        print: (line) => lines.push(line),
      });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(owner.email);
      await expect(
        runAdminCommand(["ssh-keys", "export", "--group", "Nobody"], {
          db: server.context.db,
          stdin: () => Promise.resolve(""),
          print: () => undefined,
        }),
      ).rejects.toThrow(/No group is named Nobody/);
    });
  },
);
