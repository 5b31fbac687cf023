// The policy as a checklist that ticks off while the user types; "checked when you save" rules
// (history) are shown without a verdict. The server sends each rule's id and number; the words
// are the portal's, in the user's language.
import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { CheckIcon, DotIcon } from "../../../components/StatusIcons.tsx";
import type { PasswordRule } from "../api.ts";
import { passwordMessages as m } from "../messages.ts";

/** The rule ids of server/passwords/password-rules.ts. */
const ruleMessages: Record<string, MessageDescriptor> = {
  min_length: m.ruleMinLength,
  max_length: m.ruleMaxLength,
  lowercase: m.ruleLowercase,
  uppercase: m.ruleUppercase,
  digit: m.ruleDigit,
  symbol: m.ruleSymbol,
  not_common: m.ruleNotCommon,
  not_personal: m.ruleNotPersonal,
  not_recent: m.ruleNotRecent,
};

export function PasswordChecklist({ rules, id }: { rules: PasswordRule[]; id: string }) {
  const intl = useIntl();
  return (
    <ul className="checklist" id={id} aria-label={intl.formatMessage(m.requirements)}>
      {rules.map((rule) => {
        const state = rule.met === null ? "later" : rule.met ? "met" : "unmet";
        const message = Object.hasOwn(ruleMessages, rule.id) ? ruleMessages[rule.id] : undefined;
        return (
          <li key={rule.id} className="checklist-item" data-state={state}>
            {rule.met === true ? <CheckIcon /> : <DotIcon />}
            <span>
              {/* A rule a newer server knows and this portal does not: its English words. */}
              {message === undefined ? (
                rule.label
              ) : (
                <FormattedMessage {...message} values={{ count: rule.value ?? 0 }} />
              )}
              {rule.met === null && (
                <>
                  {" "}
                  <FormattedMessage {...m.checkedOnSave} />
                </>
              )}
              <span className="visually-hidden">
                {state === "met" ? (
                  <>
                    {" "}
                    <FormattedMessage {...m.ruleDone} />
                  </>
                ) : state === "unmet" ? (
                  <>
                    {" "}
                    <FormattedMessage {...m.ruleNotYet} />
                  </>
                ) : null}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
