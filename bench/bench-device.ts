// A desktop app's device for the bench: a key pair in a memory store, enrolled for the signed-in
// user with a connect key over HTTP, as the desktop app enrolls (main/core/device-key.ts).
import { loadDeviceIdentity, rememberDeviceId } from "../main/core/device-key.ts";
import { createMemorySecretStore, type SecretStore } from "../main/core/secret-store.ts";

/** POSTs JSON as the signed-in user and resolves to the answer's JSON, throwing unless 200. */
export type SignedInPost = (pathname: string, body: object) => Promise<Record<string, unknown>>;

/** The enrolled device's store: its private key and its device id, ready to sign challenges. */
export async function enrollBenchDevice(post: SignedInPost): Promise<SecretStore> {
  const store = createMemorySecretStore();
  const identity = await loadDeviceIdentity(store);
  const { connectKey } = await post("/api/me/connect-keys", {});
  const { deviceId } = await post("/api/devices/enroll", {
    connectKey,
    publicKey: identity.publicKey,
    name: "Bench laptop",
    os: "darwin",
    appVersion: "1.0.0",
  });
  await rememberDeviceId(store, String(deviceId));
  return store;
}
