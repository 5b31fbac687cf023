// @simplewebauthn/server, loaded by the first ceremony instead of at start-up: it is a large part
// of what a cold start would otherwise load (docs/architecture.md, "Start-up and HTTP").
import type * as SimpleWebAuthn from "@simplewebauthn/server";
import type * as SimpleWebAuthnHelpers from "@simplewebauthn/server/helpers";

/** A module imported once: a dynamic import() resolves the specifier again on every call. */
function importedOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // a failed import is tried again by the next ceremony
      throw error;
    });
    return loaded;
  };
}

/** The library's ceremonies. */
export const webauthnLibrary: () => Promise<typeof SimpleWebAuthn> = importedOnce(
  () => import("@simplewebauthn/server"),
);

/** Its parsers (clientDataJSON, authenticator data, COSE keys), for assertion-check.ts. */
export const webauthnHelpers: () => Promise<typeof SimpleWebAuthnHelpers> = importedOnce(
  () => import("@simplewebauthn/server/helpers"),
);
