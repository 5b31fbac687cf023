// The password policy as rules (docs/design.md §1.2 and §4). The one place a password is
// judged: the change, reset and admin paths call evaluatePassword, and the portal's live
// checklist shows exactly its output (POST /api/password-policy/check), so the checklist and
// the server can never disagree.
import type { Policies } from "../schemas/policies.ts";
import { isCommonPassword } from "./blocklist.ts";

export type PasswordRuleId =
  | "min_length"
  | "max_length"
  | "lowercase"
  | "uppercase"
  | "digit"
  | "symbol"
  | "not_common"
  | "not_personal"
  | "not_recent";

/**
 * `met` is null for a rule that can only be checked on save (history needs the hashes). `label`
 * is English; the portal words the rule from `id` and `value` in the user's language.
 */
export type PasswordRuleResult = {
  id: PasswordRuleId;
  label: string;
  met: boolean | null;
  value?: number;
};

export type PersonalWords = {
  firstName?: string;
  lastName?: string;
  email?: string;
  username?: string;
};

export function evaluatePassword(
  policy: Policies["password"],
  password: string,
  personal: PersonalWords = {},
): PasswordRuleResult[] {
  const length = [...password].length; // code points, as a person counts characters
  const rules: PasswordRuleResult[] = [
    {
      id: "min_length",
      label: `At least ${policy.minLength} characters`,
      met: length >= policy.minLength,
      value: policy.minLength,
    },
    {
      id: "max_length",
      label: `At most ${policy.maxLength} characters`,
      met: length <= policy.maxLength,
      value: policy.maxLength,
    },
  ];
  const classes: [boolean, PasswordRuleId, string, RegExp][] = [
    [policy.requireLowercase, "lowercase", "A lowercase letter", /\p{Ll}/u],
    [policy.requireUppercase, "uppercase", "An uppercase letter", /\p{Lu}/u],
    [policy.requireDigit, "digit", "A number", /\p{Nd}/u],
    [policy.requireSymbol, "symbol", "A symbol, such as ! or #", /[^\p{L}\p{Nd}\s]/u],
  ];
  for (const [required, id, label, pattern] of classes) {
    if (required) {
      rules.push({ id, label, met: pattern.test(password) });
    }
  }
  const lower = password.toLowerCase();
  const blocked = policy.extraBlockedWords.some((word) => lower.includes(word.toLowerCase()));
  rules.push({
    id: "not_common",
    label: "Not a commonly used password",
    met: password !== "" && !blocked && !isCommonPassword(password),
  });
  rules.push({
    id: "not_personal",
    label: "Does not contain your name or email",
    met: password !== "" && !personalParts(personal).some((part) => lower.includes(part)),
  });
  if (policy.historyCount > 0) {
    rules.push({
      id: "not_recent",
      label: `Not one of your last ${policy.historyCount} passwords`,
      met: null,
      value: policy.historyCount,
    });
  }
  return rules;
}

export function passwordMeetsPolicy(results: PasswordRuleResult[]): boolean {
  return results.every((rule) => rule.met !== false);
}

/** Name and email pieces of three or more characters, lower-case. */
function personalParts({ firstName, lastName, email, username }: PersonalWords): string[] {
  const local = email?.split("@")[0] ?? "";
  const pieces = [firstName, lastName, username, local, ...local.split(/[._+-]/)];
  return [...new Set(pieces.map((piece) => (piece ?? "").toLowerCase().trim()))].filter(
    (piece) => piece.length >= 3,
  );
}
