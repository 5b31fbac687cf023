// The Security tab's API: SSH keys, active sessions, sign-in history and "This wasn't me".
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

async function signedIn(
  user?: TestUser,
  userAgent?: string,
): Promise<{ user: TestUser; jar: CookieJar }> {
  const account = user ?? (await createTestUser(server));
  const jar = new CookieJar();
  if (userAgent === undefined) {
    await signIn(server, jar, account);
  } else {
    for (const [url, body] of [
      ["/api/auth/identify", { email: account.email }],
      ["/api/auth/password", { password: account.password }],
    ] as const) {
      const response = await server.request({
        method: "POST",
        url,
        cookies: jar.header(),
        headers: {
          origin: "http://localhost:4010",
          "content-type": "application/json",
          "user-agent": userAgent,
        },
        payload: JSON.stringify(body),
      });
      jar.store(response);
    }
  }
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

describe("active sessions", () => {
  it("lists the user's sessions with their device and marks the current one", async () => {
    const { user, jar } = await signedIn(
      undefined,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
    );
    await signedIn(
      user,
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Gatehouse/0.1.0 Chrome/140.0 Electron/45.5.0 Safari/537.36",
    );
    const response = await callApi(server, jar, "GET", "/api/me/sessions");
    const sessions = response.json<{
      sessions: { current: boolean; device: string; client: string }[];
    }>().sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((session) => session.current)?.device).toBe("Chrome on macOS");
    expect(sessions.find((session) => !session.current)).toMatchObject({
      client: "desktop",
      device: "Gatehouse desktop app on Windows",
    });
  });

  it("signs out another session, which is refused on its very next request", async () => {
    const { user, jar } = await signedIn();
    const other = await signedIn(user);
    const sessions = (await callApi(server, jar, "GET", "/api/me/sessions")).json<{
      sessions: { id: string; current: boolean }[];
    }>().sessions;
    const otherId = sessions.find((session) => !session.current)?.id ?? "";

    expect(
      (await callApi(server, jar, "POST", `/api/me/sessions/${otherId}/revoke`, {})).json(),
    ).toEqual({ revoked: 1 });
    expect((await callApi(server, other.jar, "GET", "/api/me")).statusCode).toBe(401);
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
  });

  it("signs out everywhere else and keeps this session", async () => {
    const { user, jar } = await signedIn();
    const others = [await signedIn(user), await signedIn(user)];
    expect(
      (await callApi(server, jar, "POST", "/api/me/sessions/revoke-others", {})).json(),
    ).toEqual({ revoked: 2 });
    for (const other of others) {
      expect((await callApi(server, other.jar, "GET", "/api/me")).statusCode).toBe(401);
    }
    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(200);
  });

  it("cannot end another user's session", async () => {
    const victim = await signedIn();
    const attacker = await signedIn();
    const victimSession =
      (await callApi(server, victim.jar, "GET", "/api/me/sessions")).json<{
        sessions: { id: string }[];
      }>().sessions[0]?.id ?? "";
    const response = await callApi(
      server,
      attacker.jar,
      "POST",
      `/api/me/sessions/${victimSession}/revoke`,
      {},
    );
    expect(response.statusCode).toBe(404);
    expect((await callApi(server, victim.jar, "GET", "/api/me")).statusCode).toBe(200);
  });
});

describe("sign-in history and “This wasn't me”", () => {
  it("shows the user's own sign-ins and failures, and nobody else's", async () => {
    const user = await createTestUser(server);
    await signIn(server, new CookieJar(), { ...user, password: "wrong password" });
    server.clock.advance(1000); // newest first: the two events must not share a millisecond
    const { jar } = await signedIn(user);
    await signedIn();
    const events = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: { event: string }[];
    }>().events;
    expect(events.map((event) => event.event)).toEqual(["sign_in.succeeded", "sign_in.failed"]);
  });

  it("ends every session, locks the account for an admin and tells the user and the admins", async () => {
    const admin = await createTestUser(server, { role: "admin" });
    const { user, jar } = await signedIn();
    const elsewhere = await signedIn(user);
    const [suspicious] = (await callApi(server, jar, "GET", "/api/me/security-events")).json<{
      events: { id: string }[];
    }>().events;

    const report = await callApi(
      server,
      jar,
      "POST",
      `/api/me/security-events/${suspicious?.id ?? ""}/report`,
      {},
    );
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ locked: true });

    expect((await callApi(server, jar, "GET", "/api/me")).statusCode).toBe(401);
    expect((await callApi(server, elsewhere.jar, "GET", "/api/me")).statusCode).toBe(401);
    const again = await signIn(server, new CookieJar(), user);
    expect(again.statusCode).not.toBe(200);
    server.clock.advance(365 * 24 * 60 * 60 * 1000);
    expect((await signIn(server, new CookieJar(), user)).statusCode).not.toBe(200);

    const mail = await server.context.db
      .selectFrom("mail_outbox")
      .select(["recipient", "subject"])
      .execute();
    expect(mail).toContainEqual({
      recipient: user.email,
      subject: "We locked your Gatehouse account to protect it",
    });
    expect(
      mail.some(
        (message) => message.recipient === admin.email && message.subject.includes(user.email),
      ),
    ).toBe(true);
    const audit = await server.context.db
      .selectFrom("audit_events")
      .select("event")
      .where("target_id", "=", user.id)
      .execute();
    expect(audit.map((row) => row.event)).toContain("account.reported_compromise");
  });

  it("only accepts events from the user's own history", async () => {
    const victim = await signedIn();
    const attacker = await signedIn();
    const [event] = (await callApi(server, victim.jar, "GET", "/api/me/security-events")).json<{
      events: { id: string }[];
    }>().events;
    const response = await callApi(
      server,
      attacker.jar,
      "POST",
      `/api/me/security-events/${event?.id ?? ""}/report`,
      {},
    );
    expect(response.statusCode).toBe(404);
    expect((await callApi(server, victim.jar, "GET", "/api/me")).statusCode).toBe(200);
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
