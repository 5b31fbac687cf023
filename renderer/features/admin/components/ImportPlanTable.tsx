// The dry run's rows: each line's email, outcome and what it changes (fields before and after,
// groups joined) or why it cannot be imported (the column and the reason).
import { FormattedMessage, useIntl } from "react-intl";
import { importMessages as m, rowErrorReasons } from "../import-messages.ts";
import { consoleMessages } from "../messages.ts";
import type { ImportRow } from "../settings-api.ts";

const tone = {
  create: "console-status-ok",
  update: "console-status-warning",
  unchanged: "console-status-neutral",
  error: "console-status-danger",
} as const;

export function ImportPlanTable({ rows }: { rows: ImportRow[] }) {
  const intl = useIntl();
  const none = intl.formatMessage(consoleMessages.none);
  const data = (value: string) => <span translate="no">{value}</span>;
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={intl.formatMessage(m.tableLabel)}
      tabIndex={0}
    >
      <table className="console-table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage {...m.columnLine} />
            </th>
            <th scope="col">
              <FormattedMessage {...m.columnEmail} />
            </th>
            <th scope="col">
              <FormattedMessage {...m.columnOutcome} />
            </th>
            <th scope="col">
              <FormattedMessage {...m.columnDetails} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td>{intl.formatNumber(row.line)}</td>
              <td translate="no">{row.email === "" ? none : row.email}</td>
              <td>
                <span className={`console-status ${tone[row.outcome]}`}>
                  <FormattedMessage {...m.outcome} values={{ outcome: row.outcome }} />
                </span>
              </td>
              <td>
                <ul className="console-plain-list">
                  {row.errors.map((error, index) => (
                    <li key={`e${index}`}>
                      <FormattedMessage
                        {...m.rowError}
                        values={{
                          column:
                            error.column === ""
                              ? intl.formatMessage(m.wholeRow)
                              : data(error.column),
                          reason: intl.formatMessage(rowErrorReasons[error.reason], {
                            value: error.value ?? "",
                          }),
                        }}
                      />
                    </li>
                  ))}
                  {row.changes.map((change) => (
                    <li key={change.field}>
                      <FormattedMessage
                        {...m.change}
                        values={{
                          field: data(change.field),
                          before: change.before === null ? none : data(change.before),
                          after: data(change.after),
                        }}
                      />
                    </li>
                  ))}
                  {row.joins.length > 0 && (
                    <li>
                      <FormattedMessage
                        {...m.joins}
                        values={{ groups: data(intl.formatList(row.joins)) }}
                      />
                    </li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
