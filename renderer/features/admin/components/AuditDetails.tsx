// What an audit line records besides who and when, readably: the names of what the event concerns
// (the app, the group, who was added or removed), then each changed setting as "before → after"
// (the server records only those that changed, secrets as words like "rotated"). Ids stay out;
// the export keeps everything.
import { useIntl, type IntlShape } from "react-intl";
import { auditMessages as m } from "../audit-messages.ts";
import { auditSettingName } from "../audit-setting-names.ts";
import { consoleMessages } from "../messages.ts";

type Values = Record<string, unknown>;

const isValues = (value: unknown): value is Values =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function valueText(intl: IntlShape, value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return intl.formatMessage(consoleMessages.none);
  }
  if (typeof value === "boolean") {
    return intl.formatMessage(m.yesNo, { value: value ? "yes" : "no" });
  }
  const text = Array.isArray(value)
    ? value.map((each) => (typeof each === "string" ? each : JSON.stringify(each))).join(", ")
    : typeof value === "string"
      ? value
      : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export function AuditDetails({ details }: { details: Values | null }) {
  const intl = useIntl();
  if (details === null) {
    return null;
  }
  const { before, after, changed, ...rest } = details;
  const changes =
    isValues(before) && isValues(after)
      ? (Array.isArray(changed) ? changed.map(String) : Object.keys(after)).filter(
          (key) => key in before || key in after,
        )
      : [];
  const named = Object.entries(rest).filter(
    ([key, value]) => !/(^id|Id)$/.test(key) && (typeof value !== "object" || Array.isArray(value)),
  );
  if (changes.length === 0 && named.length === 0) {
    return null;
  }
  return (
    <ul className="audit-details">
      {named.map(([key, value]) => (
        <li key={`named-${key}`}>
          {intl.formatMessage(m.namedLine, {
            setting: auditSettingName(intl, details, key),
            value: (
              <span dir="auto" translate="no">
                {valueText(intl, value)}
              </span>
            ),
          })}
        </li>
      ))}
      {changes.map((key) => (
        <li key={`change-${key}`}>
          {intl.formatMessage(m.changeLine, {
            setting: auditSettingName(intl, details, key),
            before: (
              <span className="audit-before" dir="auto" translate="no">
                {valueText(intl, isValues(before) ? before[key] : undefined)}
              </span>
            ),
            after: (
              <span className="audit-after" dir="auto" translate="no">
                {valueText(intl, isValues(after) ? after[key] : undefined)}
              </span>
            ),
          })}
        </li>
      ))}
    </ul>
  );
}
