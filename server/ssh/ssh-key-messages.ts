// What a refused SSH key is told: what was wrong, and precisely what to paste instead.
import { maxRsaBits, minRsaBits, type SshKeyRejection } from "../lib/openssh/ssh-public-key.ts";

const whatToPaste =
  "Paste the one line of your .pub file (e.g. ~/.ssh/id_ed25519.pub): it starts with ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, followed by a long run of letters and digits.";

/** The numbers the portal's message for a rejection needs (renderer/lib/error-messages.ts). */
export function keyRejectionDetails(
  rejection: SshKeyRejection | { reason: "too_many"; max: number },
): Record<string, number | string> {
  switch (rejection.reason) {
    case "weak_rsa":
      return { minBits: minRsaBits };
    case "rsa_too_large":
      return { maxBits: maxRsaBits };
    case "too_many":
      return { max: rejection.max };
    case "options":
      return { options: rejection.options.join(", ") };
    default:
      return {};
  }
}

export function describeKeyRejection(
  rejection: SshKeyRejection | { reason: "too_many"; max: number },
): string {
  switch (rejection.reason) {
    case "empty":
      return `Paste your public key. ${whatToPaste}`;
    case "too_large":
      return "That is far too long for a public key.";
    case "private_key":
      return "That is a PRIVATE key. Never paste a private key anywhere: paste the .pub file instead, and if this key is used anywhere, replace it.";
    case "multiple_keys":
      return `Add one key at a time: a single line, or a single BEGIN … END block.`;
    case "control_characters":
      return "The key contains control characters (perhaps from a terminal). Copy the .pub file's line again as plain text.";
    case "not_a_public_key":
      return `That block is not a public key (a certificate, perhaps). ${whatToPaste}`;
    case "options":
      return `That line starts with authorized_keys options (${rejection.options.join(", ")}). Gatehouse keeps the key alone: paste the line from its key type (ssh-ed25519, ecdsa-sha2-… or ssh-rsa) on, without the options.`;
    case "malformed":
      return `That is not a valid SSH public key. ${whatToPaste}`;
    case "invalid_key":
      return "That key's numbers do not form a valid public key, so no SSH server would accept it. Generate a new key (ssh-keygen -t ed25519) and paste its .pub line.";
    case "unsupported_type":
      return `That key type is not accepted. Use Ed25519, ECDSA, RSA (${minRsaBits} bits or more) or a security key.`;
    case "weak_rsa":
      return `RSA keys must have at least ${minRsaBits} bits. Generate an Ed25519 key instead.`;
    case "rsa_too_large":
      return `RSA keys can have at most ${maxRsaBits.toLocaleString("en-US")} bits, the most OpenSSH accepts. Generate an Ed25519 key instead.`;
    case "too_many":
      return `You can keep at most ${rejection.max} SSH keys. Remove one you no longer use.`;
  }
}
