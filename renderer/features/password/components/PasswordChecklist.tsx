// The policy as a checklist that ticks off while the user types; "checked when you save" rules
// (history) are shown without a verdict.
import { CheckIcon, DotIcon } from "../../../components/StatusIcons.tsx";
import type { PasswordRule } from "../api.ts";

export function PasswordChecklist({ rules, id }: { rules: PasswordRule[]; id: string }) {
  return (
    <ul className="checklist" id={id} aria-label="Password requirements">
      {rules.map((rule) => {
        const state = rule.met === null ? "later" : rule.met ? "met" : "unmet";
        return (
          <li key={rule.id} className="checklist-item" data-state={state}>
            {rule.met === true ? <CheckIcon /> : <DotIcon />}
            <span>
              {rule.label}
              {rule.met === null && " (checked when you save)"}
              <span className="visually-hidden">
                {state === "met" ? " — done" : state === "unmet" ? " — not yet" : ""}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
