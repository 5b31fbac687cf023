// The relying party is the portal's own origin: WebAuthn §5.1.3 step 9 (origin) and §7.2 step 15
// (rpIdHash) are checked against it, never against anything the client sends.
export type RelyingParty = { id: string; name: string; origin: string };

export function relyingPartyFor(origin: string): RelyingParty {
  return { id: new URL(origin).hostname, name: "Gatehouse", origin };
}

/** WebAuthn §5.4.3: the user handle is opaque; ours is the user id's UTF-8 bytes. */
export function userHandleOf(userId: string): string {
  return Buffer.from(userId, "utf8").toString("base64url");
}
