// Admins manage enrolled devices and IT enrollment tokens from the CLI and the API; a revoked
// token enrolls nothing and a revoked device proves nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDeviceIdentity } from "../../main/core/device-key.ts";
import { createMemorySecretStore } from "../../main/core/secret-store.ts";
import { runAdminCommand } from "../../server/admin/cli/commands.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  type TestServer,
} from "../fixtures/test-server.ts";

let server: TestServer;
let adminJar: CookieJar;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await createTestUser(server, { role: "admin" });
  adminJar = new CookieJar();
  await signIn(server, adminJar, admin);
});
afterAll(() => server.close());

async function admin(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await runAdminCommand(argv, {
    db: server.context.db,
    stdin: () => Promise.resolve(""),
    print: (line) => lines.push(line),
  });
  return lines;
}

async function enrollWith(enrollmentToken: string) {
  const identity = await loadDeviceIdentity(createMemorySecretStore());
  return callApi(server, new CookieJar(), "POST", "/api/devices/enroll", {
    enrollmentToken,
    publicKey: identity.publicKey,
    name: "Managed laptop",
    os: "win32",
    appVersion: "1.0.0",
  });
}

describe("device administration", () => {
  it("mints an enrollment token from the CLI (shown once) that enrolls a device, and revokes it", async () => {
    const output = await admin([
      "enrollment-token",
      "create",
      "--label",
      "Finance laptops",
      "--days",
      "7",
    ]);
    const id = /^Enrollment token (\S+) for "Finance laptops"/.exec(output[0] ?? "")?.[1] ?? "";
    const token =
      /shown once; push it as EnrollmentToken\): (\S+)$/.exec(output[1] ?? "")?.[1] ?? "";
    expect(id).not.toBe("");
    expect((await enrollWith(token)).statusCode).toBe(200);

    expect(await admin(["enrollment-token", "revoke", id])).toEqual([
      `Revoked enrollment token ${id}; devices can no longer enroll with it.`,
    ]);
    expect((await enrollWith(token)).statusCode).toBeGreaterThanOrEqual(400);
    await expect(admin(["enrollment-token", "revoke", id])).rejects.toThrow(
      /No active enrollment token/,
    );
  });

  it("revokes a token or device whose id begins with a dash (base64url ids sometimes do)", async () => {
    const output = await admin(["enrollment-token", "create", "--label", "Dashes"]);
    const id = /^Enrollment token (\S+) for/.exec(output[0] ?? "")?.[1] ?? "";
    const dashed = `-${id.slice(1)}`;
    await server.context.db
      .updateTable("device_enrollment_tokens")
      .set({ id: dashed })
      .where("id", "=", id)
      .execute();
    expect(await admin(["enrollment-token", "revoke", dashed])).toEqual([
      `Revoked enrollment token ${dashed}; devices can no longer enroll with it.`,
    ]);
    await expect(admin(["device", "revoke", "-sNoSuchDevice"])).rejects.toThrow(
      /No active device has the id -sNoSuchDevice/,
    );
  });

  it("revokes an enrollment token over the API", async () => {
    const minted = await callApi(server, adminJar, "POST", "/api/admin/enrollment-tokens", {
      label: "Lab",
      validDays: 1,
    });
    const { id, token } = minted.json<{ id: string; token: string }>();
    expect(
      (await callApi(server, adminJar, "POST", `/api/admin/enrollment-tokens/${id}/revoke`, {}))
        .statusCode,
    ).toBe(204);
    expect((await enrollWith(token)).statusCode).toBeGreaterThanOrEqual(400);
    expect(
      (await callApi(server, adminJar, "POST", `/api/admin/enrollment-tokens/${id}/revoke`, {}))
        .statusCode,
    ).toBe(404);
  });

  it("lists devices and revokes one from the CLI", async () => {
    const output = await admin(["enrollment-token", "create", "--label", "Desk"]);
    const token = /: (\S+)$/.exec(output[1] ?? "")?.[1] ?? "";
    const enrolled = await enrollWith(token);
    const deviceId = enrolled.json<{ deviceId: string }>().deviceId;

    const listed = await admin(["device", "list"]);
    expect(
      listed.some(
        (line) =>
          line.startsWith(`${deviceId}\tManaged laptop\twin32\t1.0.0\t(organization)`) &&
          line.endsWith("active"),
      ),
    ).toBe(true);
    await admin(["device", "revoke", deviceId]);
    expect((await admin(["device", "list"])).find((line) => line.startsWith(deviceId))).toMatch(
      /\trevoked$/,
    );
    await expect(admin(["device", "revoke", deviceId])).rejects.toThrow(/No active device/);
  });

  it.each([
    [["enrollment-token", "create"], /Give --label/],
    [["enrollment-token", "create", "--label", "X", "--days", "400"], /1 to 365/],
    [["device", "fly"], /Unknown command "device fly"/],
  ])("explains %j", async (argv, message) => {
    await expect(admin(argv)).rejects.toThrow(message);
  });
});
