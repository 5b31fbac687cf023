// The password policy as the portal's live checklist shows it: each rule met or not for what the
// user typed (with their own name and email among the words to avoid), and the maximum age.
import { readPolicy } from "../policies/policy-store.ts";
import type { Db } from "../storage/database.ts";
import type { User } from "../storage/schema.ts";
import { evaluatePassword, type PasswordRuleResult } from "./password-rules.ts";
import { personalWordsOf } from "./replace-password.ts";

export async function passwordChecklist(
  db: Db,
  password: string,
  user: User | undefined,
): Promise<{ rules: PasswordRuleResult[]; maxAgeDays: number | null }> {
  const policy = await readPolicy(db, "password");
  return {
    rules: evaluatePassword(policy, password, user === undefined ? {} : personalWordsOf(user)),
    maxAgeDays: policy.maxAgeDays === 0 ? null : policy.maxAgeDays,
  };
}
