// Common passwords that are refused whatever the policy (NIST SP 800-63B §3.1.1.2: compare
// against values known to be commonly used). The ~49,000 entries of zxcvbn-ts's maintained
// list, loaded once into a Set on first use.
import { dictionary } from "@zxcvbn-ts/language-common";

let commonPasswords: Set<string> | undefined;

export function commonPasswordCount(): number {
  return loadCommonPasswords().size;
}

/**
 * True when the password, ignoring case — or its stem without trailing digits and symbols
 * ("Monkey123!" → "monkey") — is on the list.
 */
export function isCommonPassword(password: string): boolean {
  const list = loadCommonPasswords();
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return list.has(lower) || (stem.length >= 4 && list.has(stem));
}

function loadCommonPasswords(): Set<string> {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return commonPasswords;
}
