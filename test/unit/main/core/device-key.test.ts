// The device key and its bridge argument checks (main/core): pure, tested without Electron.
import { createPublicKey, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkConnectKeyArguments,
  checkDeviceChallengeArguments,
} from "../../../../main/core/device-arguments.ts";
import {
  deviceProofMessage,
  loadDeviceIdentity,
  rememberDeviceId,
  signDeviceChallenge,
} from "../../../../main/core/device-key.ts";
import { createMemorySecretStore } from "../../../../main/core/secret-store.ts";

describe("device key", () => {
  it("is created once and kept in the secret store", async () => {
    const store = createMemorySecretStore();
    const first = await loadDeviceIdentity(store);
    expect((await loadDeviceIdentity(store)).publicKey).toBe(first.publicKey);
  });

  it("a device that is not enrolled signs nothing", async () => {
    const outcome = await signDeviceChallenge(
      createMemorySecretStore(),
      "https://p",
      "c".repeat(43),
    );
    expect(outcome).toMatchObject({ ok: false, code: "NOT_ENROLLED" });
  });

  it("signs the challenge bound to the portal origin", async () => {
    const store = createMemorySecretStore();
    const { publicKey } = await loadDeviceIdentity(store);
    await rememberDeviceId(store, "device-1");
    const outcome = await signDeviceChallenge(store, "https://portal.example", "a".repeat(43));
    if (!outcome.ok) {
      throw new Error(outcome.message);
    }
    const key = createPublicKey({
      key: Buffer.from(publicKey, "base64url"),
      format: "der",
      type: "spki",
    });
    const signature = Buffer.from(outcome.value.signature, "base64url");
    const message = (origin: string) => deviceProofMessage(origin, "a".repeat(43));
    expect(verify("sha256", message("https://portal.example"), key, signature)).toBe(true);
    expect(verify("sha256", message("https://evil.example"), key, signature)).toBe(false);
  });
});

describe("device bridge arguments", () => {
  it("accept one base64url challenge and refuse anything else", () => {
    expect(checkDeviceChallengeArguments(["A".repeat(43)])).toEqual({
      ok: true,
      challenge: "A".repeat(43),
    });
    expect(checkDeviceChallengeArguments([]).ok).toBe(false);
    expect(checkDeviceChallengeArguments(["A".repeat(43), "x"]).ok).toBe(false);
    expect(checkDeviceChallengeArguments([{ challenge: "A".repeat(43) }]).ok).toBe(false);
    expect(checkDeviceChallengeArguments(["not base64url!".repeat(4)]).ok).toBe(false);
    expect(checkDeviceChallengeArguments(["A".repeat(129)]).ok).toBe(false);
  });

  it("accept one connect key and refuse anything else", () => {
    const key = `${"a".repeat(20)}.${"b".repeat(27)}`;
    expect(checkConnectKeyArguments([` ${key} `])).toEqual({ ok: true, connectKey: key });
    expect(checkConnectKeyArguments(["nope"]).ok).toBe(false);
    expect(checkConnectKeyArguments([42]).ok).toBe(false);
  });
});
