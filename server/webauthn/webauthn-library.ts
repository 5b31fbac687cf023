// @simplewebauthn/server, loaded by the first ceremony instead of at start-up: it is a large part
// of what a cold start would otherwise load (docs/architecture.md, "Start-up and HTTP").
import type * as SimpleWebAuthn from "@simplewebauthn/server";

let loaded: Promise<typeof SimpleWebAuthn> | undefined;

/** The library, imported once: a dynamic import() resolves the specifier again on every call. */
export function webauthnLibrary(): Promise<typeof SimpleWebAuthn> {
  loaded ??= import("@simplewebauthn/server").catch((error: unknown) => {
    loaded = undefined; // a failed import is tried again by the next ceremony
    throw error;
  });
  return loaded;
}
