// The authorized_keys export is read by real OpenSSH (issue 11 §5): every line of every export,
// over the API and the CLI, parses with ssh-keygen and has the fingerprint the portal shows. A key
// re-encoded with padding is a duplicate, stored keys from before are made canonical, and the
// admin CLI prints nothing a user wrote raw to the terminal.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import { wireString } from "../../server/lib/openssh/ssh-wire.ts";
import * as canonicalSshKeys from "../../server/storage/migrations/0052-canonical-ssh-keys.ts";
import { dialects } from "../fixtures/databases.ts";
import { exportKey, fingerprintOf, generateKey } from "../fixtures/ssh-keygen.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
} from "../fixtures/test-server.ts";

/** The RSA key with both numbers padded by leading zero bytes: the same key, re-encoded. */
function padded(rsaLine: string): string {
  const blob = Buffer.from(rsaLine.split(" ")[1] ?? "", "base64");
  const fields: Buffer[] = [];
  for (let offset = 0; offset < blob.length;) {
    const length = blob.readUInt32BE(offset);
    fields.push(blob.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  const [type = Buffer.alloc(0), exponent = Buffer.alloc(0), modulus = Buffer.alloc(0)] = fields;
  const rebuilt = Buffer.concat([
    wireString(type),
    wireString(Buffer.concat([Buffer.alloc(2), exponent])),
    wireString(Buffer.concat([Buffer.alloc(4), modulus])),
  ]);
  return `ssh-rsa ${rebuilt.toString("base64")} padded`;
}

function securityKey(ed25519Line: string): string {
  const point = Buffer.from(ed25519Line.split(" ")[1] ?? "", "base64").subarray(-32);
  const type = "sk-ssh-ed25519@openssh.com";
  const blob = Buffer.concat([wireString(type), wireString(point), wireString("ssh:")]);
  return `${type} ${blob.toString("base64")} yubikey`;
}

for (const dialect of dialects) {
  describe(`authorized_keys that OpenSSH reads, on ${dialect}`, () => {
    let server: TestServer;
    const admin = new CookieJar();
    let owner: TestUser;
    const ownerJar = new CookieJar();

    beforeAll(async () => {
      server = await startTestServer(dialect);
      await signIn(server, admin, await createTestUser(server, { role: "admin" }));
      owner = await createTestUser(server);
      await signIn(server, ownerJar, owner);
    });
    afterAll(() => server.close());

    const add = (publicKey: string, name = "key") =>
      callApi(server, ownerJar, "POST", "/api/me/ssh-keys", { name, publicKey });

    async function cli(argv: string[]): Promise<string[]> {
      const lines: string[] = [];
      await runAdminCommand(argv, {
        db: server.context.db,
        stdin: () => Promise.resolve(""),
        print: (line) => lines.push(line),
      });
      return lines;
    }

    it("every exported line parses with ssh-keygen, with the fingerprint the portal lists", async () => {
      const rsa = generateKey("rsa", 2048);
      const pasted = [
        generateKey("ed25519"),
        generateKey("ecdsa", 256),
        generateKey("ecdsa", 384),
        generateKey("ecdsa", 521),
        padded(rsa),
        exportKey(generateKey("ed25519"), "RFC4716"),
        exportKey(generateKey("ecdsa", 384), "PKCS8"),
        securityKey(generateKey("ed25519")),
      ];
      for (const [index, publicKey] of pasted.entries()) {
        const response = await add(publicKey, `key ${index}`);
        expect(response.statusCode, response.body).toBe(200);
      }
      const listed = (await callApi(server, ownerJar, "GET", "/api/me/ssh-keys")).json<{
        keys: { fingerprint: string; bits: number }[];
      }>().keys;
      expect(listed).toHaveLength(pasted.length);
      expect(listed.map((key) => key.fingerprint)).toContain(fingerprintOf(rsa)?.fingerprint);

      const api = await callApi(server, admin, "GET", "/api/admin/ssh-keys/authorized_keys");
      const exports = [
        api.body.trimEnd().split("\n"),
        await cli(["ssh-keys", "export"]),
        await cli(["ssh-keys", "export", "--email", owner.email]),
      ];
      for (const lines of exports) {
        const ownLines = lines.filter((line) => line.endsWith(` ${owner.email}`));
        expect(ownLines).toHaveLength(pasted.length);
        const read = lines.map((line) => fingerprintOf(line));
        expect(read.every((entry) => entry !== undefined)).toBe(true);
        expect(ownLines.map((line) => fingerprintOf(line)?.fingerprint).sort()).toEqual(
          listed.map((key) => key.fingerprint).sort(),
        );
      }
    });

    it("the same key re-encoded with padding is a duplicate", async () => {
      const rsa = generateKey("rsa", 2048);
      expect((await add(rsa)).statusCode).toBe(200);
      const again = await add(padded(rsa));
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: "SSH_KEY_DUPLICATE" });
    });

    it("keys stored before: padded ones become canonical, copies go, ones OpenSSH refuses are not exported", async () => {
      const user = await createTestUser(server);
      const rsa = generateKey("rsa", 2048);
      const ecdsa = generateKey("ecdsa", 256);
      const offCurve = Buffer.from(ecdsa.split(" ")[1] ?? "", "base64");
      offCurve[offCurve.length - 1] = (offCurve.at(-1) ?? 0) ^ 1;
      const stored = [
        { line: padded(rsa), fingerprint: "SHA256:legacy-padded", at: 1 },
        { line: rsa, fingerprint: fingerprintOf(rsa)?.fingerprint ?? "", at: 2 },
        {
          line: `ecdsa-sha2-nistp256 ${offCurve.toString("base64")}`,
          fingerprint: "SHA256:legacy-off-curve",
          at: 3,
        },
      ];
      for (const key of stored) {
        await server.context.db
          .insertInto("ssh_keys")
          .values({
            id: randomUUID(),
            user_id: user.id,
            name: "legacy",
            type: key.line.split(" ")[0] ?? "",
            bits: 2048,
            fingerprint: key.fingerprint,
            comment: "",
            public_key: key.line,
            created_at: key.at,
          })
          .execute();
      }
      // Run the migration again, as an upgrade would over these rows (called directly: later
      // migrations have run since, and Kysely runs migrations only in order).
      await canonicalSshKeys.up(server.context.db as unknown as Kysely<unknown>);

      const rows = await server.context.db
        .selectFrom("ssh_keys")
        .select(["fingerprint", "public_key"])
        .where("user_id", "=", user.id)
        .orderBy("created_at")
        .execute();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual({
        fingerprint: fingerprintOf(rsa)?.fingerprint,
        public_key: `${rsa.split(" ").slice(0, 2).join(" ")} padded`,
      });
      const exported = await cli(["ssh-keys", "export", "--email", user.email]);
      expect(exported).toHaveLength(1);
      expect(fingerprintOf(exported[0] ?? "")?.fingerprint).toBe(fingerprintOf(rsa)?.fingerprint);
    });

    it("the admin CLI shows what users wrote with its control characters escaped", async () => {
      const user = await createTestUser(server);
      const name = "laptop\u001b]0;owned\u0007\u001b[2J\u009b31m\u202eevil";
      await server.context.db
        .updateTable("users")
        .set({ display_name: name })
        .where("id", "=", user.id)
        .execute();
      await server.context.db
        .insertInto("ssh_keys")
        .values({
          id: randomUUID(),
          user_id: user.id,
          name,
          type: "ssh-ed25519",
          bits: 256,
          fingerprint: "SHA256:x",
          comment: "",
          public_key: generateKey("ed25519"),
          created_at: 0,
        })
        .execute();
      const printed = [
        ...(await cli(["user", "list"])),
        ...(await cli(["ssh-keys", "list", "--email", user.email])),
      ].join("\n");
      for (const raw of ["\u001b", "\u0007", "\u009b", "\u202e"]) {
        expect(printed).not.toContain(raw);
      }
      expect(printed).toContain(
        "laptop\\u{001b}]0;owned\\u{0007}\\u{001b}[2J\\u{009b}31m\\u{202e}evil",
      );
    });
  });
}
