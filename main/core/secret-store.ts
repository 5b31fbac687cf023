// The port for secrets kept on the device (docs/design.md §6): the Electron adapter encrypts with
// the OS keystore (main/secret-store-safe-storage.ts); tests use the in-memory store below.

export interface SecretStore {
  /** The stored value, or undefined when nothing was stored under that name. */
  read(name: string): Promise<string | undefined>;
  write(name: string, value: string): Promise<void>;
}

/** Thrown when the OS keystore cannot protect secrets; we never fall back to plaintext. */
export class SecretStoreUnavailableError extends Error {
  readonly code = "SECRET_STORE_UNAVAILABLE";
  constructor(detail: string) {
    super(`This device cannot keep secrets safely: ${detail}`);
    this.name = "SecretStoreUnavailableError";
  }
}

export function createMemorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    read: (name) => Promise.resolve(values.get(name)),
    write: (name, value) => {
      values.set(name, value);
      return Promise.resolve();
    },
  };
}
