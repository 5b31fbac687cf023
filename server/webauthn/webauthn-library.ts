// @simplewebauthn/server, loaded by the first ceremony instead of at start-up: it is a large part
// of what a cold start would otherwise load (docs/architecture.md, "Start-up and HTTP").
import type * as SimpleWebAuthn from "@simplewebauthn/server";

export function webauthnLibrary(): Promise<typeof SimpleWebAuthn> {
  return import("@simplewebauthn/server");
}
