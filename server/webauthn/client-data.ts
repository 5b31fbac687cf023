// Reads the challenge out of a response's clientDataJSON (WebAuthn §5.8.1) so the stored
// challenge can be found and consumed before verification. Malformed input yields undefined.
export function challengeOf(clientDataJSON: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) {
      return undefined;
    }
    const challenge = (parsed as { challenge?: unknown }).challenge;
    return typeof challenge === "string" && /^[A-Za-z0-9_-]{16,128}$/.test(challenge)
      ? challenge
      : undefined;
  } catch {
    return undefined;
  }
}
