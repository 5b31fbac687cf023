// Judging a new password in the form, from the server's own verdict (POST
// /api/password-policy/check runs the same checks as the save): what to say before anything
// is sent, and the strength meter.
import type { MessageDescriptor } from "react-intl";
import type { PasswordRule } from "./api.ts";
import { passwordMessages as m } from "./messages.ts";

/** The server's verdict, with the password it was given, so a stale verdict is recognizable. */
export type Verdict = { password: string; rules: PasswordRule[] };

export type NewPasswordProblems = {
  password?: MessageDescriptor;
  confirmation?: MessageDescriptor;
};

/**
 * Everything wrong before anything is sent — the policy and a mismatched confirmation together,
 * so the user fixes both in one go — or undefined when the form may be submitted.
 */
export function newPasswordProblems(
  password: string,
  confirmation: string,
  verdict: Verdict | undefined,
): NewPasswordProblems | undefined {
  const problems: NewPasswordProblems = {};
  if (password === "") {
    problems.password = m.enterNew;
  } else if (currentVerdict(password, verdict)?.rules.some((rule) => rule.met === false)) {
    problems.password = m.notAllMet;
  }
  if (password !== "" && confirmation !== password) {
    problems.confirmation = confirmation === "" ? m.typeAgain : m.mismatch;
  }
  return Object.keys(problems).length === 0 ? undefined : problems;
}

export type Strength =
  { level: 0; label: undefined } | { level: 1 | 2 | 3 | 4; label: MessageDescriptor };

/** The server's rule ids (server/passwords/password-rules.ts) for guessable passwords. */
const guessableRules = new Set(["not_common", "not_personal"]);

/** Long passphrases are what NIST SP 800-63B encourages; past the policy, length is strength. */
const strongLength = 16;

/**
 * The meter: level 1–2 while the server still finds requirements unmet (by how many are met),
 * 3 once every requirement is met, 4 when it is also long. 0 for nothing typed or no verdict yet.
 */
export function describeStrength(password: string, verdict: Verdict | undefined): Strength {
  const judged = currentVerdict(password, verdict)?.rules.filter((rule) => rule.met !== null);
  if (password === "" || judged === undefined || judged.length === 0) {
    return { level: 0, label: undefined };
  }
  const met = judged.filter((rule) => rule.met === true).length;
  // A common password, or one made of the user's name, is guessed first however long it is.
  const guessable = judged.some((rule) => rule.met === false && guessableRules.has(rule.id));
  if (met < judged.length) {
    return guessable || met * 2 < judged.length
      ? { level: 1, label: m.tooWeak }
      : { level: 2, label: m.almostThere };
  }
  return [...password].length >= strongLength
    ? { level: 4, label: m.strong }
    : { level: 3, label: m.good };
}

// A verdict on an older keystroke proves nothing; the server judges the save anyway.
function currentVerdict(password: string, verdict: Verdict | undefined): Verdict | undefined {
  return verdict?.password === password ? verdict : undefined;
}
