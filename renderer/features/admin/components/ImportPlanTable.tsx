// The dry run's rows: each line's email, outcome and what it changes (fields before and after,
// groups joined) or why it cannot be imported (the column and the reason). On a narrow screen
// each row reads as a block, every cell under its column's name (settings.css); the explicit
// roles keep it a table for assistive technology once its parts are no longer displayed as one.
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
  const label = {
    line: intl.formatMessage(m.columnLine),
    email: intl.formatMessage(m.columnEmail),
    outcome: intl.formatMessage(m.columnOutcome),
    details: intl.formatMessage(m.columnDetails),
  };
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={intl.formatMessage(m.tableLabel)}
      tabIndex={0}
    >
      <table className="console-table import-plan-table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            {Object.entries(label).map(([column, name]) => (
              <th key={column} scope="col" role="columnheader">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.line} role="row">
              <td role="cell" data-label={label.line}>
                {intl.formatNumber(row.line)}
              </td>
              <td role="cell" data-label={label.email} translate="no">
                {row.email === "" ? none : row.email}
              </td>
              <td role="cell" data-label={label.outcome}>
                <span className={`console-status ${tone[row.outcome]}`}>
                  <FormattedMessage {...m.outcome} values={{ outcome: row.outcome }} />
                </span>
              </td>
              <td role="cell" data-label={label.details}>
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
