// The Security tab's SSH keys API, checked against what ssh-keygen itself prints and reads.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportAuthorizedKeys } from "../../server/ssh/ssh-keys.ts";
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

const keyDirectory = mkdtempSync(path.join(tmpdir(), "gatehouse-ssh-api-"));
let keyCounter = 0;

function generateKey(type = "ed25519"): {
  publicLine: string;
  privateKey: string;
  fingerprint: string;
} {
  keyCounter += 1;
  const file = path.join(keyDirectory, `key${keyCounter}`);
  execFileSync("ssh-keygen", ["-q", "-t", type, "-N", "", "-C", `laptop${keyCounter}`, "-f", file]);
  const fingerprint =
    execFileSync("ssh-keygen", ["-lf", `${file}.pub`], { encoding: "utf8" }).split(" ")[1] ?? "";
  return {
    publicLine: readFileSync(`${file}.pub`, "utf8"),
    privateKey: readFileSync(file, "utf8"),
    fingerprint,
  };
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function signedIn(user?: TestUser): Promise<{ user: TestUser; jar: CookieJar }> {
  const account = user ?? (await createTestUser(server));
  const jar = new CookieJar();
  await signIn(server, jar, account);
  return { user: account, jar };
}

describe.skipIf(sshKeygen.skipReason !== undefined)(`SSH keys${skipNote(sshKeygen)}`, () => {
  it("adds a key and lists it with the fingerprint ssh-keygen prints", async () => {
    const { jar } = await signedIn();
    const key = generateKey();
    const added = await callApi(server, jar, "POST", "/api/me/ssh-keys", {
      name: "Work laptop",
      publicKey: key.publicLine,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({
      name: "Work laptop",
      type: "ssh-ed25519",
      bits: 256,
      fingerprint: key.fingerprint,
    });

    const list = await callApi(server, jar, "GET", "/api/me/ssh-keys");
    expect(
      list.json<{ keys: { fingerprint: string }[] }>().keys.map((listed) => listed.fingerprint),
    ).toEqual([key.fingerprint]);
  });

  it("refuses the same key twice", async () => {
    const { jar } = await signedIn();
    const key = generateKey();
    await callApi(server, jar, "POST", "/api/me/ssh-keys", { name: "", publicKey: key.publicLine });
    const again = await callApi(server, jar, "POST", "/api/me/ssh-keys", {
      name: "again",
      publicKey: key.publicLine,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "SSH_KEY_DUPLICATE", field: "publicKey" });
  });

  it("refuses a private key and tells the user never to paste one", async () => {
    const { jar } = await signedIn();
    const response = await callApi(server, jar, "POST", "/api/me/ssh-keys", {
      name: "oops",
      publicKey: generateKey().privateKey,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "SSH_KEY_INVALID", field: "publicKey" });
    expect(response.json<{ message: string }>().message).toMatch(
      /PRIVATE key\. Never paste a private key/,
    );
    expect((await callApi(server, jar, "GET", "/api/me/ssh-keys")).json()).toEqual({ keys: [] });
  });

  it("refuses oversize input before parsing it", async () => {
    const { jar } = await signedIn();
    const response = await callApi(server, jar, "POST", "/api/me/ssh-keys", {
      name: "big",
      publicKey: `ssh-ed25519 ${"A".repeat(20_000)}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "publicKey" });
  });

  it("deletes the user's own key but not someone else's", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const added = await callApi(server, owner.jar, "POST", "/api/me/ssh-keys", {
      name: "k",
      publicKey: generateKey().publicLine,
    });
    const id = added.json<{ id: string }>().id;

    expect(
      (await callApi(server, other.jar, "DELETE", `/api/me/ssh-keys/${id}`, {})).statusCode,
    ).toBe(404);
    expect(
      (await callApi(server, owner.jar, "DELETE", `/api/me/ssh-keys/${id}`, {})).statusCode,
    ).toBe(204);
    expect((await callApi(server, owner.jar, "GET", "/api/me/ssh-keys")).json()).toEqual({
      keys: [],
    });
  });

  it("exports authorized_keys that ssh-keygen reads back, skipping disabled users", async () => {
    const first = await signedIn();
    const second = await signedIn();
    const keys = [generateKey("ed25519"), generateKey("ecdsa")];
    await callApi(server, first.jar, "POST", "/api/me/ssh-keys", {
      name: "a",
      publicKey: keys[0]?.publicLine,
    });
    await callApi(server, second.jar, "POST", "/api/me/ssh-keys", {
      name: "b",
      publicKey: keys[1]?.publicLine,
    });

    const file = path.join(keyDirectory, "authorized_keys");
    writeFileSync(
      file,
      await exportAuthorizedKeys(server.context.db, [first.user.id, second.user.id]),
    );
    const listed = execFileSync("ssh-keygen", ["-lf", file], { encoding: "utf8" })
      .trim()
      .split("\n");
    expect(listed.map((line) => line.split(" ")[1])).toEqual(
      expect.arrayContaining(keys.map((key) => key.fingerprint)),
    );
    expect(listed.some((line) => line.includes(first.user.email))).toBe(true);

    await server.context.db
      .updateTable("users")
      .set({ status: "disabled" })
      .where("id", "=", second.user.id)
      .execute();
    const afterDisable = await exportAuthorizedKeys(server.context.db, [
      first.user.id,
      second.user.id,
    ]);
    expect(afterDisable.trim().split("\n")).toHaveLength(1);
  });
});

describe.skipIf(sshKeygen.skipReason !== undefined)(
  `SSH key changes need a recent verification${skipNote(sshKeygen)}`,
  () => {
    it("refuses to add or delete a key more than 5 minutes after the last verification", async () => {
      const { jar } = await signedIn();
      const added = await callApi(server, jar, "POST", "/api/me/ssh-keys", {
        name: "k",
        publicKey: generateKey().publicLine,
      });
      expect(added.statusCode).toBe(200);
      server.clock.advance(6 * 60 * 1000);

      const late = await callApi(server, jar, "POST", "/api/me/ssh-keys", {
        name: "late",
        publicKey: generateKey().publicLine,
      });
      expect(late.statusCode).toBe(403);
      expect(late.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
      const remove = await callApi(
        server,
        jar,
        "DELETE",
        `/api/me/ssh-keys/${added.json<{ id: string }>().id}`,
        {},
      );
      expect(remove.json()).toMatchObject({ code: "RECENT_VERIFICATION_REQUIRED" });
      expect(
        (await callApi(server, jar, "GET", "/api/me/ssh-keys")).json<{ keys: unknown[] }>().keys,
      ).toHaveLength(1);
    });
  },
);
