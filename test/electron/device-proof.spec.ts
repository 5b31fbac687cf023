// The real bridge hop for device enrollment and device proof: the portal page asks main to
// enroll this device with a connect key and to sign a server challenge with the device key kept
// in the OS keystore (safeStorage); the server accepts the proof. Skips itself without Electron.
import { expect, test } from "@playwright/test";
import { signInAsDemoEmployee, useDesktopApp } from "./desktop-app.ts";

const desktopApp = useDesktopApp();

test("the portal enrolls this device and proves it with the device key through the bridge", async () => {
  const portal = await desktopApp().firstWindow();
  await signInAsDemoEmployee(portal);

  const outcome = await portal.evaluate(async () => {
    const post = async (url: string, body: object) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };
    const bridge = window.gatehouse;
    if (bridge === undefined) {
      return { stage: "bridge", detail: "missing" };
    }
    const invalid = await bridge.signDeviceChallenge(42 as unknown as string);
    const { body: key } = await post("/api/me/connect-keys", {});
    const enrolled = await bridge.enrollDevice(key.connectKey ?? "");
    if (!enrolled.ok) {
      return { stage: "enroll", detail: enrolled.error.code, invalid };
    }
    const { body: issued } = await post("/api/devices/challenge", {});
    const signed = await bridge.signDeviceChallenge(issued.challenge ?? "");
    if (!signed.ok) {
      return { stage: "sign", detail: signed.error.code, invalid };
    }
    const proof = await post("/api/devices/proof", {
      ...signed.value,
      challenge: issued.challenge,
    });
    return {
      stage: "proof",
      detail: String(proof.status),
      deviceMatches: proof.body.deviceId === enrolled.value.deviceId,
      invalid,
    };
  });

  expect(outcome.invalid).toMatchObject({ ok: false, error: { code: "INVALID_ARGUMENTS" } });
  if (process.platform === "linux" && outcome.detail === "SECRET_STORE_UNAVAILABLE") {
    // No keyring on this Linux desktop: the app must refuse rather than keep the key in plaintext.
    expect(outcome.stage).toBe("enroll");
    return;
  }
  expect(outcome).toMatchObject({ stage: "proof", detail: "200", deviceMatches: true });
});
