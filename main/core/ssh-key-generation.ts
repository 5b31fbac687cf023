// "Generate a key pair on this device" (docs/design.md §1.2 Security): checks what the page asked
// for and picks where the new Ed25519 key goes in ~/.ssh without ever overwriting a file.

export type SshKeyRequest = { comment: string; passphrase: string };

export type SshKeyRequestCheck =
  { ok: true; request: SshKeyRequest } | { ok: false; reason: string };

/** Bridge arguments come from a web page: exactly one object of the expected shape. */
export function checkSshKeyRequest(args: readonly unknown[]): SshKeyRequestCheck {
  const [request, ...extra] = args;
  if (extra.length > 0 || typeof request !== "object" || request === null) {
    return { ok: false, reason: "expected one object { comment, passphrase }" };
  }
  const { comment, passphrase, ...unknown } = request as Record<string, unknown>;
  if (
    Object.keys(unknown).length > 0 ||
    typeof comment !== "string" ||
    typeof passphrase !== "string"
  ) {
    return { ok: false, reason: "expected { comment: string, passphrase: string }" };
  }
  // The comment lands in the .pub file's single line; control characters would break it.
  if (comment.length === 0 || comment.length > 254 || /[\s\p{Cc}]/u.test(comment)) {
    return { ok: false, reason: "the comment must be 1–254 characters without spaces" };
  }
  // ssh-keygen reads the passphrase from standard input, one line per prompt.
  if (/[\r\n]/.test(passphrase) || Buffer.byteLength(passphrase) > 1024) {
    return { ok: false, reason: "the passphrase must be one line of at most 1,024 bytes" };
  }
  if (passphrase !== "" && passphrase.length < 8) {
    return { ok: false, reason: "a passphrase needs at least 8 characters (or none at all)" };
  }
  return { ok: true, request: { comment, passphrase } };
}

/** The first free name: id_ed25519, then id_ed25519_gatehouse, id_ed25519_gatehouse_2, … */
export function chooseKeyFileName(existingNames: ReadonlySet<string>): string {
  const taken = (name: string) => existingNames.has(name) || existingNames.has(`${name}.pub`);
  const candidates = ["id_ed25519", "id_ed25519_gatehouse"];
  for (let index = 2; index < 1000; index += 1) {
    candidates.push(`id_ed25519_gatehouse_${index}`);
  }
  const free = candidates.find((name) => !taken(name));
  if (free === undefined) {
    throw new Error("No free key file name in ~/.ssh");
  }
  return free;
}
