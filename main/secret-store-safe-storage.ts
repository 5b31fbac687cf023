// SecretStore on Electron safeStorage (docs/design.md §6): values are encrypted with the OS
// keystore (Keychain, DPAPI, libsecret/kwallet) into files under userData/secrets. Where the
// keystore is unavailable, or Linux would only "encrypt" with a hard-coded password, it refuses
// loudly.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { safeStorage } from "electron";
import { SecretStoreUnavailableError, type SecretStore } from "./core/secret-store.ts";

export function createSafeStorageSecretStore(directory: string): SecretStore {
  const fileOf = (name: string) => path.join(directory, `${name.replace(/[^a-z0-9-]/g, "")}.bin`);
  const assertAvailable = () => {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new SecretStoreUnavailableError("the operating system's keystore is not available.");
    }
    if (process.platform === "linux" && safeStorage.getSelectedStorageBackend() === "basic_text") {
      throw new SecretStoreUnavailableError(
        "no keyring (GNOME Keyring or KWallet) is running, so secrets would not be protected.",
      );
    }
  };
  return {
    async read(name) {
      assertAvailable();
      let encrypted: Buffer;
      try {
        encrypted = await readFile(fileOf(name));
      } catch {
        return undefined;
      }
      return safeStorage.decryptString(encrypted);
    },
    async write(name, value) {
      assertAvailable();
      await mkdir(directory, { recursive: true, mode: 0o700 });
      await writeFile(fileOf(name), safeStorage.encryptString(value), { mode: 0o600 });
    },
  };
}
