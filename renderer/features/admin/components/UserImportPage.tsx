// Import users from a CSV file (chosen or pasted): the dry run shows every row's outcome, and
// Import applies exactly that plan — all or nothing — then invitations go to the created users.
// Changing the text forgets the dry run, so what is imported is always what was shown.
import { useState, type ChangeEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "../../../components/Button.tsx";
import { ErrorAlert } from "../../../components/ErrorAlert.tsx";
import { PageHeader } from "../../../components/PageHeader.tsx";
import { importMessages as m } from "../import-messages.ts";
import {
  dryRunImport,
  runImport,
  type UserImportPlan,
  type UserImportResult,
} from "../settings-api.ts";
import { useAction } from "../use-action.ts";
import { ConsoleLink } from "./ConsoleLink.tsx";
import { ImportPlanTable } from "./ImportPlanTable.tsx";

/** The server's bound (server/admin/user-import/import-file.ts), checked before uploading. */
const maxBytes = 1_000_000;

export function UserImportPage({ navigate }: { navigate: (pathname: string) => void }) {
  const intl = useIntl();
  const [csv, setCsv] = useState("");
  const [tooLarge, setTooLarge] = useState(false);
  const [plan, setPlan] = useState<UserImportPlan>();
  const [result, setResult] = useState<UserImportResult>();
  const { run, busyWith, errorText, setError } = useAction();

  const changeText = (text: string) => {
    setCsv(text);
    setPlan(undefined);
    setResult(undefined);
    setError(undefined);
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setTooLarge(file !== undefined && file.size > maxBytes);
    if (file !== undefined && file.size <= maxBytes) {
      changeText(await file.text());
    }
  };
  const canImport =
    plan !== undefined &&
    plan.problem === null &&
    plan.counts.error === 0 &&
    plan.counts.create + plan.counts.update > 0 &&
    result === undefined;

  return (
    <>
      <ConsoleLink className="console-back" href="/admin/users" navigate={navigate}>
        <FormattedMessage {...m.backToUsers} />
      </ConsoleLink>
      <PageHeader
        title={intl.formatMessage(m.title)}
        description={intl.formatMessage(m.description)}
      />
      <section className="card console-form" aria-labelledby="import-file">
        <div className="field">
          <label className="field-label" id="import-file" htmlFor="import-file-input">
            <FormattedMessage {...m.file} />
          </label>
          <input
            id="import-file-input"
            className="field-input"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-columns"
            onChange={(event) => void chooseFile(event)}
          />
          <p className="field-hint" id="import-columns">
            <FormattedMessage {...m.columns} />
          </p>
          {tooLarge && (
            <p className="field-error" role="alert">
              <FormattedMessage {...m.tooLarge} />
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="import-text">
            <FormattedMessage {...m.paste} />
          </label>
          <textarea
            id="import-text"
            className="field-input console-csv"
            rows={6}
            spellCheck={false}
            translate="no"
            value={csv}
            onChange={(event) => changeText(event.target.value)}
          />
        </div>
        <div className="console-form-actions">
          <Button
            variant={canImport ? "secondary" : "primary"}
            disabled={csv.trim() === ""}
            busy={busyWith === "dry-run"}
            busyLabel={intl.formatMessage(m.checking)}
            onClick={() => void run(async () => setPlan(await dryRunImport(csv)), "dry-run")}
          >
            <FormattedMessage {...m.dryRun} />
          </Button>
          {canImport && (
            <Button
              busy={busyWith === "import"}
              busyLabel={intl.formatMessage(m.importing)}
              onClick={() =>
                void run(async () => setResult(await runImport(csv, plan.digest)), "import")
              }
            >
              <FormattedMessage {...m.import} />
            </Button>
          )}
        </div>
        <ErrorAlert message={errorText} />
      </section>
      <div role="status" className="import-status">
        {result !== undefined && (
          <div className="alert alert-success">
            <div className="alert-body">
              <p>
                <FormattedMessage {...m.done} values={result} />
              </p>
              {result.invitationsSent > 0 && (
                <p>
                  <FormattedMessage
                    {...m.invitationsSent}
                    values={{ count: result.invitationsSent }}
                  />
                </p>
              )}
              {result.invitationsFailed > 0 && (
                <p>
                  <FormattedMessage
                    {...m.invitationsFailed}
                    values={{ count: result.invitationsFailed }}
                  />
                </p>
              )}
            </div>
          </div>
        )}
        {plan?.problem !== undefined && plan.problem !== null && (
          <p className="alert alert-error">
            <span>
              <FormattedMessage
                {...m.problem}
                values={{
                  reason: plan.problem.reason,
                  line: plan.problem.line ?? 0,
                  column: <span translate="no">{plan.problem.column ?? ""}</span>,
                  limit: plan.problem.limit ?? 0,
                }}
              />
            </span>
          </p>
        )}
        {plan !== undefined && plan.problem === null && result === undefined && (
          <div className={`alert ${plan.counts.error > 0 ? "alert-warning" : "alert-info"}`}>
            <div className="alert-body">
              <p>
                <FormattedMessage {...m.summary} values={plan.counts} />
              </p>
              {plan.counts.error > 0 && (
                <p>
                  <FormattedMessage {...m.fixFirst} />
                </p>
              )}
              {plan.counts.error === 0 && !canImport && (
                <p>
                  <FormattedMessage {...m.nothingToDo} />
                </p>
              )}
            </div>
          </div>
        )}
      </div>
      {plan !== undefined && plan.rows.length > 0 && (
        <section className="card import-rows">
          <ImportPlanTable rows={plan.rows} />
        </section>
      )}
    </>
  );
}
