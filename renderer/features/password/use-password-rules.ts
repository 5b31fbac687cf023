// The live checklist: the rules for an empty password at first, then the server's verdict on
// what is typed, asked for at most every 250 ms and only for the latest input.
import { useEffect, useState } from "react";
import { checkPassword, fetchPasswordRules, type PasswordRules } from "./api.ts";

const debounceMs = 250;

/** The server's verdict, with the password it was given, so a stale verdict is recognizable. */
export type JudgedRules = PasswordRules & { password: string };

export function usePasswordRules(password: string, resetToken?: string): JudgedRules | undefined {
  const [rules, setRules] = useState<JudgedRules | undefined>();

  useEffect(() => {
    let current = true;
    const load =
      password === "" && resetToken === undefined
        ? fetchPasswordRules
        : () => checkPassword(password, resetToken);
    const timer = setTimeout(
      () => {
        load()
          .then((result) => {
            if (current) {
              setRules({ ...result, password });
            }
          })
          .catch(() => {
            // The checklist is advice; the save reports any real problem.
          });
      },
      password === "" ? 0 : debounceMs,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, resetToken]);

  return rules;
}
