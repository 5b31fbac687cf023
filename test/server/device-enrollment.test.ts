// Device enrollment and device proof (issue 5): connect keys that are valid, expired, reused or
// from another organization; proofs with a wrong key, a replayed challenge, a revoked device.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMemorySecretStore, type SecretStore } from "../../main/core/secret-store.ts";
import {
  loadDeviceIdentity,
  rememberDeviceId,
  signDeviceChallenge,
} from "../../main/core/device-key.ts";
import {
  callApi,
  CookieJar,
  createTestUser,
  signIn,
  startTestServer,
  testOrigin,
  type TestServer,
} from "../fixtures/test-server.ts";

let server: TestServer;

async function connectKeyFor(target: TestServer): Promise<string> {
  const user = await createTestUser(target);
  const jar = new CookieJar();
  await signIn(target, jar, user);
  const response = await callApi(target, jar, "POST", "/api/me/connect-keys");
  expect(response.statusCode).toBe(200);
  return response.json<{ connectKey: string }>().connectKey;
}

async function enroll(store: SecretStore, connectKey: string) {
  const identity = await loadDeviceIdentity(store);
  return callApi(server, new CookieJar(), "POST", "/api/devices/enroll", {
    connectKey,
    publicKey: identity.publicKey,
    name: "Test laptop",
    os: "darwin",
    appVersion: "1.2.3",
  });
}

async function prove(store: SecretStore, tamper?: (challenge: string) => string) {
  const issued = await callApi(server, new CookieJar(), "POST", "/api/devices/challenge");
  const { challenge } = issued.json<{ challenge: string }>();
  const signed = await signDeviceChallenge(store, testOrigin, challenge);
  if (!signed.ok) {
    throw new Error(signed.message);
  }
  return {
    challenge,
    send: () =>
      callApi(server, new CookieJar(), "POST", "/api/devices/proof", {
        ...signed.value,
        challenge: tamper === undefined ? challenge : tamper(challenge),
      }),
  };
}

async function enrolledDevice(): Promise<SecretStore> {
  const store = createMemorySecretStore();
  const response = await enroll(store, await connectKeyFor(server));
  expect(response.statusCode).toBe(200);
  await rememberDeviceId(store, response.json<{ deviceId: string }>().deviceId);
  return store;
}

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

describe("device enrollment", () => {
  it("a valid connect key enrolls the device, which its user then sees", async () => {
    const user = await createTestUser(server);
    const jar = new CookieJar();
    await signIn(server, jar, user);
    const key = (await callApi(server, jar, "POST", "/api/me/connect-keys")).json<{
      connectKey: string;
    }>();
    expect((await enroll(createMemorySecretStore(), key.connectKey)).statusCode).toBe(200);
    const list = (await callApi(server, jar, "GET", "/api/me/devices")).json<{
      devices: { name: string; os: string; appVersion: string }[];
    }>();
    expect(list.devices).toEqual([
      expect.objectContaining({ name: "Test laptop", os: "darwin", appVersion: "1.2.3" }),
    ]);
  });

  it("an expired connect key is refused", async () => {
    const key = await connectKeyFor(server);
    server.clock.advance(60 * 60 * 1000);
    const response = await enroll(createMemorySecretStore(), key);
    expect(response.json<{ code: string }>().code).toBe("CONNECT_KEY_INVALID");
  });

  it("a connect key works once", async () => {
    const key = await connectKeyFor(server);
    expect((await enroll(createMemorySecretStore(), key)).statusCode).toBe(200);
    const again = await enroll(createMemorySecretStore(), key);
    expect(again.json<{ code: string }>().code).toBe("CONNECT_KEY_INVALID");
  });

  it("a connect key from another organization's server is refused", async () => {
    const other = await startTestServer();
    try {
      const foreign = await connectKeyFor(other);
      const response = await enroll(createMemorySecretStore(), foreign);
      expect(response.json<{ code: string }>().code).toBe("CONNECT_KEY_INVALID");
    } finally {
      await other.close();
    }
  });
});

describe("device proof", () => {
  it("an enrolled device proves itself with its key", async () => {
    const store = await enrolledDevice();
    expect((await (await prove(store)).send()).statusCode).toBe(200);
  });

  it("a proof signed by another key is refused", async () => {
    const store = await enrolledDevice();
    const { deviceId } = await loadDeviceIdentity(store);
    const impostor = createMemorySecretStore();
    await loadDeviceIdentity(impostor);
    await rememberDeviceId(impostor, deviceId ?? "");
    const response = await (await prove(impostor)).send();
    expect(response.json<{ code: string }>().code).toBe("DEVICE_PROOF_INVALID");
  });

  it("a replayed challenge is refused", async () => {
    const store = await enrolledDevice();
    const proof = await prove(store);
    expect((await proof.send()).statusCode).toBe(200);
    expect((await proof.send()).statusCode).toBe(400);
  });

  it("a revoked device cannot prove itself", async () => {
    const store = await enrolledDevice();
    const { deviceId } = await loadDeviceIdentity(store);
    const admin = await createTestUser(server, { role: "admin" });
    const jar = new CookieJar();
    await signIn(server, jar, admin);
    const listed = (await callApi(server, jar, "GET", "/api/admin/devices")).json<{
      devices: { id: string }[];
    }>();
    expect(listed.devices.map((device) => device.id)).toContain(deviceId);
    const revoked = await callApi(server, jar, "POST", `/api/admin/devices/${deviceId}/revoke`);
    expect(revoked.statusCode).toBe(204);
    const response = await (await prove(store)).send();
    expect(response.json<{ code: string }>().code).toBe("DEVICE_PROOF_INVALID");
  });

  it("an IT enrollment token enrolls a device", async () => {
    const admin = await createTestUser(server, { role: "admin" });
    const jar = new CookieJar();
    await signIn(server, jar, admin);
    const minted = await callApi(server, jar, "POST", "/api/admin/enrollment-tokens", {
      label: "Laptops",
      validDays: 30,
    });
    const { token } = minted.json<{ token: string }>();
    const identity = await loadDeviceIdentity(createMemorySecretStore());
    const response = await callApi(server, new CookieJar(), "POST", "/api/devices/enroll", {
      enrollmentToken: token,
      publicKey: identity.publicKey,
      name: "Managed laptop",
      os: "win32",
      appVersion: "1.0.0",
    });
    expect(response.statusCode).toBe(200);
  });
});
