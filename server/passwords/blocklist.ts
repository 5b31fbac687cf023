// Common passwords that are refused whatever the policy (NIST SP 800-63B §3.1.1.2: compare
// against values known to be commonly used). The ~49,000 entries of zxcvbn-ts's maintained
// list, loaded once into a Set on first use: the package decompresses all its dictionaries when
// it loads, which a start would otherwise pay before listening (server.ts warms it up after).
import { createRequire } from "node:module";
import type * as languageCommon from "@zxcvbn-ts/language-common";

const require = createRequire(import.meta.url);

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
  if (commonPasswords === undefined) {
    const { dictionary } = require("@zxcvbn-ts/language-common") as typeof languageCommon;
    commonPasswords = new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  }
  return commonPasswords;
}
